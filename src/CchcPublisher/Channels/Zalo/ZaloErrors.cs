namespace CchcPublisher.Channels.Zalo;

/// <summary>
/// Zalo OpenAPI error codes (official table quoted in the zalo-oa reference, §6) mapped to an action and a plain
/// Vietnamese explanation. Unknown codes are permanent failures that show the code and Zalo's message.
/// </summary>
internal static class ZaloErrors
{
    public const string ReauthorizeAdvice =
        "Quản trị viên OA cần cấp quyền lại cho ứng dụng (trang developers.zalo.me), rồi đặt refresh token mới vào biến môi trường CCHC__Channels__Zalo__RefreshToken và khởi động lại dịch vụ.";

    public static bool IsTokenError(int code) => code is -216 or -220;

    /// <summary>The tag every explanation ends with, e.g. "[Zalo -201: title is invalid]".</summary>
    public static string Tag(int code, string? zaloMessage)
    {
        var message = (zaloMessage ?? string.Empty).ReplaceLineEndings(" ").Trim();
        if (message.Length > 200)
        {
            message = message[..200] + "…";
        }

        return message.Length == 0 ? $"[Zalo {code}]" : $"[Zalo {code}: {message}]";
    }

    /// <param name="code">Zalo's <c>error</c>.</param>
    /// <param name="zaloMessage">Zalo's <c>message</c> (English), kept for diagnosis.</param>
    /// <param name="localNow">Now in the commune's time zone (for the 22:00–06:00 rule).</param>
    public static ZaloErrorInfo Describe(int code, string? zaloMessage, DateTimeOffset localNow)
    {
        var tag = " " + Tag(code, zaloMessage);
        return code switch
        {
            -216 or -220 => new(ZaloErrorKind.RefreshToken, "Mã truy cập Zalo không hợp lệ hoặc đã hết hạn, và làm mới không khắc phục được. " + ReauthorizeAdvice + tag, null),
            -32 => new(ZaloErrorKind.RetryLater, "Zalo đang giới hạn số lần gọi trong một phút; hệ thống sẽ tự thử lại sau ít phút." + tag, TimeSpan.FromMinutes(5)),
            -214 => new(ZaloErrorKind.Processing, "Zalo đang xử lý bài viết; hệ thống sẽ kiểm tra lại." + tag, TimeSpan.FromMinutes(5)),
            -100 => new(ZaloErrorKind.RetryLater, "Tệp đính kèm trên Zalo đã hết hạn; hệ thống sẽ tải lại và thử lại sau." + tag, TimeSpan.FromMinutes(15)),
            -234 => new(ZaloErrorKind.RetryLater, "Zalo không cho gửi tin trong khoảng 22:00–06:00; hệ thống sẽ gửi lại sau 06:00." + tag, UntilSixAm(localNow)),
            -200 => new(ZaloErrorKind.RetryLater, "Zalo không tải được ảnh của bài (ảnh bìa hoặc ảnh trong bài). Hãy kiểm tra ảnh đã có trên trang thông tin điện tử, là tệp JPG hoặc PNG dưới 1 MB; hệ thống sẽ thử lại một lần." + tag, TimeSpan.FromMinutes(30)),
            -201 => new(ZaloErrorKind.Permanent, "Zalo từ chối dữ liệu bài viết (tiêu đề, tóm tắt, tác giả, ảnh bìa hoặc nội dung không hợp lệ). Hãy sửa bài theo thông báo của Zalo rồi lưu lại." + tag, null),
            -204 => new(ZaloErrorKind.Permanent, "Official Account đang bị vô hiệu hóa. Quản trị viên OA cần liên hệ Zalo để mở lại." + tag, null),
            -205 => new(ZaloErrorKind.Permanent, "Official Account không tồn tại. Kiểm tra lại OA đã cấp quyền cho ứng dụng." + tag, null),
            -209 or -212 or -223 => new(ZaloErrorKind.Permanent, "Ứng dụng chưa được phép dùng chức năng này của OA (chưa đăng ký hoặc OA chưa cấp quyền). " + ReauthorizeAdvice + tag, null),
            -210 => new(ZaloErrorKind.Permanent, "Một tham số vượt giới hạn của Zalo (ví dụ bài quá dài hoặc quá nhiều ảnh). Hãy rút gọn bài." + tag, null),
            -211 or -218 => new(ZaloErrorKind.Permanent, "OA đã dùng hết hạn mức gửi của Zalo; hạn mức được cấp lại theo chu kỳ của gói OA. Không gửi lại tự động." + tag, null),
            -213 or -217 or -227 or -230 or -232 or -244 => new(ZaloErrorKind.Permanent, "Zalo không cho gửi tới người nhận này (chưa quan tâm OA, đã chặn OA, hoặc lâu không tương tác)." + tag, null),
            -219 => new(ZaloErrorKind.Permanent, "Ứng dụng Zalo đã bị vô hiệu hóa. Quản trị viên cần kiểm tra ứng dụng trên developers.zalo.me." + tag, null),
            -221 => new(ZaloErrorKind.Permanent, "OA cần được Zalo xác thực (tích xanh) mới dùng được chức năng này." + tag, null),
            -224 => new(ZaloErrorKind.Permanent, "Gói dịch vụ của OA không hỗ trợ chức năng này; cần nâng cấp gói OA." + tag, null),
            -242 => new(ZaloErrorKind.Permanent, "Zalo từ chối chữ ký appsecret_proof. Kiểm tra cấu hình bảo mật của ứng dụng trên developers.zalo.me." + tag, null),
            -248 => new(ZaloErrorKind.Permanent, "Zalo báo nội dung vi phạm chính sách. Hãy xem lại nội dung bài." + tag, null),
            -233 or -235 or -240 => new(ZaloErrorKind.Permanent, "Loại tin hoặc loại OA không được hỗ trợ cho thao tác này." + tag, null),
            404 => new(ZaloErrorKind.Permanent, "Địa chỉ API Zalo không đúng (Channels:Zalo:OpenApiBaseUrl)." + tag, null),
            _ => new(ZaloErrorKind.Permanent, "Zalo báo lỗi chưa được mô tả. Hãy gửi mã lỗi này cho bộ phận kỹ thuật." + tag, null),
        };
    }

    private static TimeSpan UntilSixAm(DateTimeOffset localNow)
    {
        var sixToday = new DateTimeOffset(localNow.Date.AddHours(6), localNow.Offset);
        var next = localNow < sixToday ? sixToday : sixToday.AddDays(1);
        return next - localNow;
    }
}
