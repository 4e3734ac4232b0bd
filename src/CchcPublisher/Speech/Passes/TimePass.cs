using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// Clock times "17h30", "17g30", "21g26p", "07:30", "23h", "10:30:15" → "mười bảy giờ ba mươi phút"; ranges
/// "9h - 10h30", "10:00-11:00" → "… đến …". "12:00" is "mười hai giờ" (no "không phút"). Invalid times
/// ("25:00") are left alone. "8 giờ 30 phút" needs nothing here: its numbers are plain cardinals.
/// </summary>
internal sealed partial class TimePass : ISpeechPass
{
    /// <summary>
    /// "h", "g" or ":" after a run of digits and white space (the first test of <see cref="Apply"/>, and the test before
    /// every pattern but "giờ 00"), or a digit and the word "giờ" (what "giờ 00" needs).
    /// </summary>
    public bool MayChange(TextTraits traits) => traits.HasAfterDigits(HourMarksMask) || (traits.HasDigit && traits.Has(TextTrait.HourWord));

    private static readonly UInt128 HourMarksMask = TextTraits.Mask("hg:");

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        // Every form has a digit before "h", "g" or ":" (spaces allowed for "7 h", "24/24 h"), except "giờ 00".
        var hasGio = text.Contains("giờ", StringComparison.Ordinal);
        if (!TextChecks.DigitThen(text, HourMarks, spaces: true) && !(hasGio && TextChecks.HasDigit(text)))
        {
            return text;
        }

        if (TextChecks.DigitThen(text, Colon, spaces: false))
        {
            text = MeridiemRegex().Replace(text, m => m.Groups["t"].Value + (char.ToUpperInvariant(m.Groups["ap"].Value[0]) is 'A' or 'S' ? " sáng" : " chiều"));
        }

        if (hasGio)
        {
            text = ZeroMinutesRegex().Replace(text, "giờ");
        }

        if (!TextChecks.DigitThen(text, HourMarks, spaces: true))
        {
            return text;
        }

        if (TextChecks.DigitThen(text, H, spaces: true))
        {
            text = SpacedHourRegex().Replace(text, m => $"{m.Groups["h"].Value}h");
            text = PerDayRegex().Replace(text, m => $"{context.Cardinal(m.Groups["a"].Value)} trên {context.Cardinal(m.Groups["b"].Value)} giờ");
            text = BareStartRangeRegex().Replace(text, m =>
                int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture) <= 24 && int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture) <= 24
                    ? $"{context.Cardinal(m.Groups["a"].Value)} đến {context.Cardinal(m.Groups["b"].Value)} giờ"
                    : m.Value);
        }

        text = TimeRangeRegex().Replace(text, m =>
            Speak(m.Groups["t1"].Value, context) is { } from && Speak(m.Groups["t2"].Value, context) is { } to
                ? $"{from} đến {to}"
                : m.Value);
        return TimeRegex().Replace(text, m => Speak(m.Value, context) ?? m.Value);
    }

    private static string? Speak(string written, SpeechContext context)
    {
        var parts = PartsRegex().Match(written);
        if (!parts.Success)
        {
            return null;
        }

        var hours = int.Parse(parts.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = parts.Groups["m"].Success ? int.Parse(parts.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = parts.Groups["s"].Success ? int.Parse(parts.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (hours > 24 || minutes > 59 || seconds > 59 || (hours == 24 && minutes + seconds > 0))
        {
            return null;
        }

        var builder = new StringBuilder().Append(context.Cardinal(hours)).Append(" giờ");
        if (minutes > 0 || seconds > 0)
        {
            builder.Append(' ').Append(context.Cardinal(minutes)).Append(" phút");
        }

        if (seconds > 0)
        {
            builder.Append(' ').Append(context.Cardinal(seconds)).Append(" giây");
        }

        return builder.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> HourMarks = System.Buffers.SearchValues.Create("hg:");
    private static readonly System.Buffers.SearchValues<char> Colon = System.Buffers.SearchValues.Create(":");
    private static readonly System.Buffers.SearchValues<char> H = System.Buffers.SearchValues.Create("h");

    private const string Time = @"\d{1,2}(?:[hg](?:\d{1,2})?(?:phút|ph|p)?|:\d{2}(?::\d{2})?)";

    // "05:59 AM" → "05:59 sáng" (SA/CH are the Vietnamese abbreviations).
    [GeneratedRegex(@"(?<t>(?<![\p{N}:])\d{1,2}:\d{2})\s*(?<ap>AM|PM|am|pm|SA|CH)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex MeridiemRegex();

    // "8 giờ 00" → "8 giờ".
    [GeneratedRegex(@"(?<![\p{L}])giờ\s+00?(?![\p{N}])(?:\s*phút(?![\p{L}]))?", RegexOptions.CultureInvariant)]
    private static partial Regex ZeroMinutesRegex();

    // "7 h sáng" → "7h sáng".
    [GeneratedRegex(@"(?<![\p{L}\p{N}:.,/])(?<h>\d{1,2})\s+h(?=\s+(?:sáng|trưa|chiều|tối|đêm)(?![\p{L}]))", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedHourRegex();

    // "24/24h": all day long.
    [GeneratedRegex(@"(?<![\p{L}\p{N}:.,/])(?<a>\d{1,2})\s*/\s*(?<b>\d{1,2})\s*h(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex PerDayRegex();

    // "11-14h": the first hour written without its "h".
    [GeneratedRegex(@"(?<![\p{L}\p{N}:.,/-])(?<a>\d{1,2})\s*-\s*(?<b>\d{1,2})\s*h(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex BareStartRangeRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}:.,/])(?<t1>" + Time + @")\s*-\s*(?<t2>" + Time + @")(?![\p{L}\p{N}]|:\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TimeRangeRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}:.,/])" + Time + @"(?![\p{L}\p{N}]|:\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TimeRegex();

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[hg:](?<m>\d{1,2})?(?::(?<s>\d{2}))?)", RegexOptions.CultureInvariant)]
    private static partial Regex PartsRegex();
}
