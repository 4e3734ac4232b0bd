using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// Measures from a closed list of units after a number: "8,5m2" → "tám phẩy năm mét vuông", "43 ha" → "bốn
/// mươi ba héc ta", "120km/h" → "một trăm hai mươi ki lô mét trên giờ". A closed list, because "20 hộ" or
/// "5 mô hình" must not be taken for units.
/// </summary>
internal sealed partial class MeasurePass : ISpeechPass
{
    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["km/h"] = "ki lô mét trên giờ",
        ["m3/s"] = "mét khối trên giây",
        ["tạ/ha"] = "tạ trên héc ta",
        ["tấn/ha"] = "tấn trên héc ta",
        ["mm/h"] = "mi li mét trên giờ",
        ["tấn"] = "tấn",
        ["tạ"] = "tạ",
        ["yến"] = "yến",
        ["lít"] = "lít",
        ["oC"] = "độ xê",
        ["ºC"] = "độ xê",
        ["km2"] = "ki lô mét vuông",
        ["km"] = "ki lô mét",
        ["m2"] = "mét vuông",
        ["m3"] = "mét khối",
        ["m"] = "mét",
        ["cm"] = "xen ti mét",
        ["mm"] = "mi li mét",
        ["ha"] = "héc ta",
        ["kg"] = "ki lô gam",
        ["°C"] = "độ xê",
        ["độ C"] = "độ xê",
        ["độ"] = "độ",
        ["kWh"] = "ki lô oát giờ",
        ["MW"] = "mê ga oát",
        ["GB"] = "ghi ga bai",
        ["MB"] = "mê ga bai",
        ["Mbps"] = "mê ga bít trên giây",
    };

    /// <summary>
    /// A digit, and "/" then "km2", "m2" or "m3" (<see cref="PerAreaRegex"/>) or, after some run of digits and its white space,
    /// a unit or a scale word (the first tests of <see cref="Apply"/>).
    /// </summary>
    public bool MayChange(TextTraits traits) => traits.HasDigit && traits.Has(TextTrait.SlashAreaUnit | TextTrait.UnitAfterNumber);

    /// <summary>The test of <see cref="Apply"/> on what follows one run of digits, from its first character that is not white space.</summary>
    internal static bool MayFollowQuantity(ReadOnlySpan<char> rest) =>
        rest.Length > 0 && QuantityWordStarts.Contains(rest[0])
        && (TextChecks.StartsWithWord(rest, UnitWords, whole: true) || TextChecks.StartsWithWord(rest, ScaleWords.All, whole: false));

    /// <summary>The first letters of what <see cref="MayFollowQuantity"/> looks for (most words after a number start with none).</summary>
    private static readonly System.Buffers.SearchValues<char> QuantityWordStarts =
        System.Buffers.SearchValues.Create(string.Concat(Units.Keys.Concat(ScaleWords.All).Select(word => word[0])));

    /// <summary>After a "/" (<paramref name="rest"/> starts after it) and white space, the units of <see cref="PerAreaRegex"/>.</summary>
    internal static bool AreaUnitAfterSlash(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        return rest.StartsWith("km2", StringComparison.Ordinal) || rest.StartsWith("m2", StringComparison.Ordinal) || rest.StartsWith("m3", StringComparison.Ordinal);
    }

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (!TextChecks.HasDigit(text))
        {
            return text;
        }

        if (text.Contains('/', StringComparison.Ordinal))
        {
            text = PerAreaRegex().Replace(text, m => RateWords.AfterSlash(m.Groups["per"].Value));
        }

        // A measure is a number, maybe a scale word, then a unit: digits before a unit, or a scale word.
        if (!TextChecks.DigitThenWord(text, UnitWords) && !TextChecks.DigitThenWord(text, ScaleWords.All, whole: false))
        {
            return text;
        }

        // A range needs its "-" or "–".
        if (text.AsSpan().IndexOfAny('-', '–') >= 0)
        {
            text = RangeRegex().Replace(text, m =>
                $"{context.Number(m.Groups["a"].Value, dotIsDecimal: true)} đến {context.Number(m.Groups["b"].Value, dotIsDecimal: true)} {Units[m.Groups["unit"].Value]}");
        }

        return MeasureRegex().Replace(text, m =>
            $"{context.Number(m.Groups["a"].Value, dotIsDecimal: true)}{Scale(m.Groups["scale"].Value, context)} {Units[m.Groups["unit"].Value]}");
    }

    /// <summary>"226 triệu m3": the scale word between the number and the unit is kept.</summary>
    private static string Scale(string written, SpeechContext context) => written.Trim() switch
    {
        "" => string.Empty,
        "ngàn" or "nghìn" => " " + context.Style.Thousand,
        "tỉ" => " tỷ",
        var other => " " + other,
    };

    /// <summary>The written units of <see cref="Unit"/>, for the test before the patterns.</summary>
    private static readonly string[] UnitWords = [.. Units.Keys];

    private const string Num = @"(?:" + NumberText.Pattern + ")";
    private const string Unit = @"(?<unit>km/h|m3/s|tạ/ha|tấn/ha|mm/h|tấn|tạ|yến|lít|oC|ºC|km2|km|m2|m3|mm|cm|m|ha|kg|°C|độ C|độ|kWh|MW|GB|MB|Mbps)(?![\p{L}\p{N}])";

    // "25 con/m2": a unit with a digit after "/" is read before the digit is taken for a number.
    [GeneratedRegex(@"(?<=\p{L})\s*/\s*(?<per>km2|m2|m3)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex PerAreaRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<a>" + Num + @")\s*[-–]\s*(?<b>" + Num + @")\s*" + Unit, RegexOptions.CultureInvariant)]
    private static partial Regex RangeRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<a>" + Num + @")(?<scale>\s+(?:" + ScaleWords.Pattern + @"))?\s*" + Unit, RegexOptions.CultureInvariant)]
    private static partial Regex MeasureRegex();
}
