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
    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
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

    private const string Time = @"\d{1,2}(?:[hg](?:\d{2})?(?:phút|ph|p)?|:\d{2}(?::\d{2})?)";

    [GeneratedRegex(@"(?<![\p{L}\p{N}:.,/])(?<t1>" + Time + @")\s*-\s*(?<t2>" + Time + @")(?![\p{L}\p{N}]|:\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TimeRangeRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}:.,/])" + Time + @"(?![\p{L}\p{N}]|:\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TimeRegex();

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[hg:](?<m>\d{2})?(?::(?<s>\d{2}))?)", RegexOptions.CultureInvariant)]
    private static partial Regex PartsRegex();
}
