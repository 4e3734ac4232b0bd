using System.Globalization;
using System.Text.RegularExpressions;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Content.Yaml;

namespace CchcPublisher.Content.Articles;

/// <summary>
/// Reads <c>publish_at</c>: ISO 8601 <c>YYYY-MM-DD[(T| )hh:mm[:ss[.fff]]][Z|±hh[:mm]]</c>.
/// <list type="bullet">
/// <item>With an offset (<c>Z</c>, <c>+07:00</c>) the instant is kept exactly as written.</item>
/// <item>Without one it is the commune's local time, converted with <see cref="TimeZoneInfo"/> (never by
/// adding hours by hand); a skipped daylight-saving hour is an error, a repeated one takes the earlier instant.</item>
/// <item>A date alone means 00:00 local time that day: the article is due from the start of the day.</item>
/// </list>
/// Impossible values (2026-02-30, 25:00, minute 61) are errors that say which part is wrong.
/// </summary>
internal static partial class PublishAtParser
{
    public static DateTimeOffset? Parse(YamlScalar value, TimeZoneInfo zone, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var text = value.Text.Trim();
        var match = IsoPattern().Match(text);
        if (!match.Success)
        {
            diagnostics.Error(value.Line, value.Column, DiagnosticCodes.InvalidPublishAt,
                $"publish_at \"{text}\" không đúng định dạng ngày giờ. Viết theo dạng NĂM-THÁNG-NGÀY GIỜ:PHÚT, ví dụ 2026-12-07 07:30 (giờ của xã) hoặc 2026-12-07T07:30:00+07:00.{Hint(text)}");
            return null;
        }

        var year = Number(match, "y");
        var month = Number(match, "mo");
        var day = Number(match, "d");
        var hour = Number(match, "h");
        var minute = Number(match, "mi");
        var second = Number(match, "s");
        var problem = year is < 1900 or > 2999 ? $"năm {year} nằm ngoài khoảng cho phép (1900–2999)"
            : month is < 1 or > 12 ? $"không có tháng {month}"
            : day < 1 || day > DateTime.DaysInMonth(year, month) ? $"tháng {month}/{year} không có ngày {day} (chỉ có {DateTime.DaysInMonth(year, month)} ngày)"
            : hour > 23 ? $"giờ {hour} không hợp lệ (giờ từ 00 đến 23)"
            : minute > 59 ? $"phút {minute} không hợp lệ (phút từ 00 đến 59)"
            : second > 59 ? $"giây {second} không hợp lệ (giây từ 00 đến 59)"
            : null;
        if (problem is null && match.Groups["z"].Success && !TryOffset(match.Groups["z"].Value, out _))
        {
            problem = $"độ lệch múi giờ {match.Groups["z"].Value} không tồn tại (từ -14:00 đến +14:00)";
        }

        if (problem is not null)
        {
            diagnostics.Error(value.Line, value.Column, DiagnosticCodes.ImpossibleDate,
                $"publish_at \"{text}\" là ngày giờ không có thật: {problem}. Hãy sửa lại ngày giờ đăng bài.");
            return null;
        }

        var ticks = match.Groups["f"].Success
            ? long.Parse(match.Groups["f"].Value.PadRight(7, '0'), NumberStyles.None, CultureInfo.InvariantCulture)
            : 0;
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
        if (match.Groups["z"].Success)
        {
            TryOffset(match.Groups["z"].Value, out var offset);
            return new DateTimeOffset(local, offset);
        }

        if (zone.IsInvalidTime(local))
        {
            diagnostics.Error(value.Line, value.Column, DiagnosticCodes.ImpossibleDate,
                $"publish_at \"{text}\" không tồn tại ở múi giờ {zone.Id} (giờ này bị bỏ qua khi chuyển sang giờ mùa hè). Hãy chọn giờ khác.");
            return null;
        }

        var zoneOffset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, zoneOffset);
    }

    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    private static bool TryOffset(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text is "Z" or "z")
        {
            return true;
        }

        var digits = text[1..].Replace(":", string.Empty, StringComparison.Ordinal);
        var hours = int.Parse(digits[..2], NumberStyles.None, CultureInfo.InvariantCulture);
        var minutes = digits.Length > 2 ? int.Parse(digits[2..], NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        if (minutes > 59 || hours * 60 + minutes > 14 * 60)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    /// <summary>Vietnamese habit is day/month/year: suggest the ISO form of "30/11/2026 07:30".</summary>
    private static string Hint(string text)
    {
        var match = DayFirstPattern().Match(text);
        if (!match.Success)
        {
            return string.Empty;
        }

        var time = match.Groups["h"].Success ? $" {match.Groups["h"].Value.PadLeft(2, '0')}:{match.Groups["mi"].Value}" : string.Empty;
        return $" Có phải ý bạn là {match.Groups["y"].Value}-{match.Groups["mo"].Value.PadLeft(2, '0')}-{match.Groups["d"].Value.PadLeft(2, '0')}{time}?";
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<mo>[0-9]{1,2})-(?<d>[0-9]{1,2})(?:(?:[Tt]| +)(?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2})(?:[.,](?<f>[0-9]{1,7}))?)? *(?<z>[Zz]|[+-][0-9]{2}(?::?[0-9]{2})?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})[/.-](?<mo>[0-9]{1,2})[/.-](?<y>[0-9]{4})(?: +(?<h>[0-9]{1,2})[:hg](?<mi>[0-9]{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstPattern();
}
