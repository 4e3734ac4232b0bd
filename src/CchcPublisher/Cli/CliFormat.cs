using System.Globalization;
using CchcPublisher.Channels;
using CchcPublisher.Ledger;
using CchcPublisher.Publishing;

namespace CchcPublisher.Cli;

/// <summary>Vietnamese wording and date formats shared by the commands' tables.</summary>
internal static class CliFormat
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Local(DateTimeOffset? instant, TimeZoneInfo zone) =>
        instant is { } value
            ? TimeZoneInfo.ConvertTime(value, zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)
            : "—";

    public static string LocalWithDay(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return $"{Vietnamese.DateTimeFormat.GetDayName(local.DayOfWeek)} {local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)}";
    }

    public static string Channel(string channel) => ChannelNames.Label(channel);

    public static string Outcome(PublicationOutcome outcome) => outcome switch
    {
        PublicationOutcome.Published => "đã đăng",
        PublicationOutcome.Updated => "đã cập nhật",
        PublicationOutcome.Reconciled => "đã có (đối chiếu)",
        PublicationOutcome.Failed => "thất bại",
        PublicationOutcome.Unknown => "chưa rõ kết quả",
        PublicationOutcome.Missed => "bỏ lỡ",
        PublicationOutcome.Changed => "đã sửa sau khi đăng",
        PublicationOutcome.Skipped => "bỏ qua",
        PublicationOutcome.Scheduled => "đã lên lịch",
        PublicationOutcome.Waiting => "đang chờ",
        PublicationOutcome.AwaitingManual => "chờ đăng thủ công",
        PublicationOutcome.Withdrawn => "đã gỡ",
        PublicationOutcome.StillOnChannel => "vẫn còn trên kênh",
        _ => outcome.ToString(),
    };

    public static string State(PublicationState state) => state switch
    {
        PublicationState.Scheduled => "đã lên lịch",
        PublicationState.Publishing => "đang đăng",
        PublicationState.Published => "đã đăng",
        PublicationState.Failed => "thất bại",
        PublicationState.Unknown => "chưa rõ kết quả",
        PublicationState.Missed => "bỏ lỡ",
        PublicationState.Skipped => "bỏ qua",
        PublicationState.AwaitingManual => "chờ đăng thủ công",
        PublicationState.Withdrawn => "đã gỡ",
        _ => state.ToString(),
    };

    /// <summary>
    /// Reads <c>--due-until</c>: ISO 8601 date-time; without an offset it is commune local time; a date alone
    /// means the end of that day.
    /// </summary>
    public static DateTimeOffset ParseDueUntil(string text, TimeZoneInfo zone) => ParseInstant(text, zone, "--due-until", endOfDay: true);

    /// <summary>
    /// Reads an instant option: ISO 8601 date-time; without an offset it is commune local time; a date alone is
    /// the end of that day when <paramref name="endOfDay"/>, else its start.
    /// </summary>
    public static DateTimeOffset ParseInstant(string text, TimeZoneInfo zone, string option, bool endOfDay)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(zone);
        var trimmed = text.Trim();
        string[] withOffset = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];
        if ((trimmed.EndsWith('Z') || HasOffset(trimmed)) &&
            DateTimeOffset.TryParseExact(trimmed, withOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return exact;
        }

        string[] local = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];
        if (DateTime.TryParseExact(trimmed, local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var localTime))
        {
            return new DateTimeOffset(localTime, zone.GetUtcOffset(localTime));
        }

        if (DateTime.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var instant = endOfDay ? day.AddDays(1).AddTicks(-1) : day;
            return new DateTimeOffset(instant, zone.GetUtcOffset(instant));
        }

        throw new CliException(
            $"{option} '{text}' không phải thời điểm hợp lệ. Dùng dạng ISO 8601, ví dụ 2026-12-31 hoặc 2026-12-31T17:00 hoặc 2026-12-31T17:00+07:00.");
    }

    private static bool HasOffset(string text) =>
        text.Length > 6 && (text[^6] is '+' or '-') && text[^3] == ':';
}
