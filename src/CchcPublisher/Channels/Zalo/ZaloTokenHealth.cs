using System.Globalization;

namespace CchcPublisher.Channels.Zalo;

/// <summary>
/// How long the OA's authorisation has left, from the stored token chain alone (no call to Zalo): a refresh token
/// lives about 3 months from the refresh that issued it and is replaced at every refresh, so a chain that has not
/// been refreshed for weeks (the service was stopped) is close to needing the OA admin to authorise again.
/// </summary>
internal static class ZaloTokenHealth
{
    /// <summary>The documented lifetime of a refresh token (reference: zalo-oa.md, "Refresh token: 3 months").</summary>
    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(90);

    /// <summary>From this much left, the check warns.</summary>
    public static readonly TimeSpan WarnWhenLeft = TimeSpan.FromDays(14);

    /// <summary>A Vietnamese sentence about the chain, and whether it needs attention now.</summary>
    public static (string Text, bool NeedsAttention) Describe(ZaloTokenState? state, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (state is null)
        {
            return ("Chưa làm mới mã lần nào: đang dùng mã làm mới (refresh token) trong cấu hình; lần đăng đầu sẽ đổi nó lấy cặp mã mới.", false);
        }

        if (state.RefusedAt is { } refused)
        {
            return ($"Zalo đã từ chối mã làm mới lúc {Local(refused, zone)}: quản trị viên OA cần cấp quyền lại cho ứng dụng rồi đặt mã làm mới mới vào Channels:Zalo:RefreshToken.", true);
        }

        if (state.RefreshedAt is not { } refreshed)
        {
            return ("Chưa rõ thời điểm nhận mã làm mới hiện tại.", false);
        }

        var expires = refreshed + RefreshTokenLifetime;
        var left = expires - now;
        var age = (int)Math.Floor((now - refreshed).TotalDays);
        var access = state.AccessTokenExpiresAt is { } accessExpires
            ? accessExpires > now ? $" Mã truy cập còn hạn đến {Local(accessExpires, zone)}." : " Mã truy cập đã hết hạn; sẽ được làm mới ở lần gọi tới."
            : string.Empty;
        if (left <= TimeSpan.Zero)
        {
            return ($"Mã làm mới nhận lúc {Local(refreshed, zone)} ({age} ngày trước) đã quá 3 tháng: gần như chắc chắn đã hết hạn; cần cấp quyền lại.", true);
        }

        var text = $"Mã làm mới nhận lúc {Local(refreshed, zone)} ({age} ngày trước), hết hạn khoảng {Local(expires, zone)} (còn {(int)Math.Ceiling(left.TotalDays)} ngày); mỗi lần làm mới mã truy cập, hạn này được tính lại.{access}";
        return left <= WarnWhenLeft ? (text + " Sắp hết hạn: hãy để dịch vụ chạy để mã được làm mới, hoặc chuẩn bị cấp quyền lại.", true) : (text, false);
    }

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
