using System.Globalization;
using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// Amounts of money: "50.000đ", "1.234.567₫", "5 triệu VND", "12.345 đồng", "10k VND", "1tr5 vnd", ranges
/// "50.000đ-100.000đ", and prices per unit "50.000đ/ngày" → "năm mươi nghìn đồng một ngày". Every currency
/// spelling (đ, ₫, VNĐ, VND) is read "đồng".
/// </summary>
internal sealed partial class MoneyPass : ISpeechPass
{
    /// <summary>
    /// After some run of digits what one of the tests of <see cref="Apply"/> needs: "t" ("1tr5") or "k" right after it, or after
    /// white space a currency or a scale word (<see cref="TextTrait.AmountWordAfterNumber"/>).
    /// </summary>
    public bool MayChange(TextTraits traits) => traits.Has(TextTrait.AmountWordAfterNumber);

    /// <summary>
    /// The first tests of <see cref="Apply"/> on what follows one run of digits: <paramref name="rest"/> starts at the first
    /// character after it that is not white space, <paramref name="glued"/> when that is the character right after it.
    /// </summary>
    internal static bool MayFollowAmount(ReadOnlySpan<char> rest, bool glued) =>
        rest.Length > 0 && AmountWordStarts.Contains(rest[0])
        && ((glued && rest[0] is 't' or 'k')
            || TextChecks.StartsWithWord(rest, CurrencyWords, whole: true) || TextChecks.StartsWithWord(rest, ScaleWords.All, whole: true));

    /// <summary>The first letters of what <see cref="MayFollowAmount"/> looks for (most words after a number start with none).</summary>
    private static readonly System.Buffers.SearchValues<char> AmountWordStarts =
        System.Buffers.SearchValues.Create("tk" + string.Concat(CurrencySpellings.Split('|').Concat(ScaleWords.All).Select(word => word[0])));

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (!TextChecks.HasDigit(text))
        {
            return text;
        }

        if (TextChecks.DigitThen(text, T, spaces: false))
        {
            text = MillionShorthandRegex().Replace(text, m =>
            {
                var thousands = m.Groups["rest"].Value.PadRight(3, '0');
                var rest = int.Parse(thousands, CultureInfo.InvariantCulture);
                var spoken = $"{context.Cardinal(m.Groups["m"].Value)} triệu";
                return rest == 0 ? spoken : $"{spoken} {context.Cardinal(rest)} {context.Style.Thousand}";
            });
        }

        if (TextChecks.DigitThen(text, K, spaces: false))
        {
            text = ThousandShorthandRangeRegex().Replace(text, m =>
                $"{context.Number(m.Groups["a"].Value, dotIsDecimal: true)} {context.Style.Thousand} đến {context.Number(m.Groups["b"].Value, dotIsDecimal: true)} {context.Style.Thousand}");
            text = ThousandShorthandRegex().Replace(text, m => $"{context.Number(m.Groups["n"].Value, dotIsDecimal: true)} {context.Style.Thousand}");
        }

        // An amount is a number, maybe a scale word, then the currency: digits before a currency, or a scale word.
        if (!TextChecks.DigitThenWord(text, CurrencyWords) && !TextChecks.DigitThenWord(text, ScaleWords.All))
        {
            return text;
        }

        // A range needs its "-".
        if (text.Contains('-', StringComparison.Ordinal))
        {
            text = RangeRegex().Replace(text, m =>
                $"{Amount(m.Groups["a"].Value, m.Groups["ma"].Value, context)} đến {Amount(m.Groups["b"].Value, m.Groups["mb"].Value, context)} đồng{PerUnit(m)}");
        }

        return AmountRegex().Replace(text, m => $"{Amount(m.Groups["a"].Value, m.Groups["ma"].Value, context)} đồng{PerUnit(m)}");
    }

    private static string Amount(string number, string multiplier, SpeechContext context)
    {
        var spoken = context.Number(number, dotIsDecimal: true);
        var scale = multiplier.Trim() switch
        {
            "" => string.Empty,
            "tỉ" or "tỷ" => "tỷ",
            "ngàn" or "nghìn" => context.Style.Thousand,
            var other => other,
        };
        return scale.Length == 0 ? spoken : $"{spoken} {scale}";
    }

    private static string PerUnit(Match m) => m.Groups["per"].Success ? $" một {RateWords.Counted(m.Groups["per"].Value)}" : string.Empty;

    private static readonly System.Buffers.SearchValues<char> T = System.Buffers.SearchValues.Create("t");
    private static readonly System.Buffers.SearchValues<char> K = System.Buffers.SearchValues.Create("k");
    private static readonly string[] CurrencyWords = CurrencySpellings.Split('|');

    private const string Num = @"(?:" + NumberText.Pattern + ")";
    private const string Scale = @"(?:\s*(?:" + ScaleWords.Pattern + @")(?![\p{L}]))?";

    /// <summary>Every spelling of the currency, read "đồng".</summary>
    private const string CurrencySpellings = "VNĐ|VND|vnđ|vnd|đồng|đ|₫";
    private const string Currency = @"\s*(?:" + CurrencySpellings + @")(?![\p{L}\p{N}])";
    private const string Per = @"(?:\s*/\s*(?<per>\p{L}+(?: \p{L}+)?))?";

    // "1tr5" → 1.5 million; "2tr" → 2 million.
    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<m>\d{1,3})tr(?<rest>\d{0,3})(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex MillionShorthandRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<a>\d+(?:[.,]\d+)?)k\s*-\s*(?<b>\d+(?:[.,]\d+)?)k(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandShorthandRangeRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<n>\d+(?:[.,]\d+)?)k(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandShorthandRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<a>" + Num + @")(?<ma>" + Scale + @")(?:" + Currency + @")?\s*-\s*(?<b>" + Num + @")(?<mb>" + Scale + @")" + Currency + Per, RegexOptions.CultureInvariant)]
    private static partial Regex RangeRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<a>" + Num + @")(?<ma>" + Scale + @")" + Currency + Per, RegexOptions.CultureInvariant)]
    private static partial Regex AmountRegex();
}
