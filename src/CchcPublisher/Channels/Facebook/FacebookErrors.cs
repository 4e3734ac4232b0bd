namespace CchcPublisher.Channels.Facebook;

/// <summary>Graph error codes and subcodes (facebook-wordpress reference, A3) mapped to a kind and plain Vietnamese.</summary>
internal static class FacebookErrors
{
    public const string RenewTokenAdvice =
        "Quản trị viên Trang cần tạo lại mã truy cập Trang dài hạn (Page access token) và đặt vào biến môi trường CCHC__Channels__Facebook__PageAccessToken, rồi khởi động lại dịch vụ.";

    public static string Tag(GraphError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = (error.Message ?? string.Empty).ReplaceLineEndings(" ").Trim();
        if (message.Length > 200)
        {
            message = message[..200] + "…";
        }

        var code = error.Subcode is { } sub ? $"{error.Code}/{sub}" : error.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var trace = error.FbTraceId is { Length: > 0 } id ? $" fbtrace {id}" : string.Empty;
        return message.Length == 0 ? $"[Facebook {code}{trace}]" : $"[Facebook {code}: {message}{trace}]";
    }

    public static FacebookErrorInfo Describe(GraphError error, FacebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(options);
        var tag = " " + Tag(error);
        var hours = options.BlockedRetryAfter.TotalHours.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        switch (error.Code, error.Subcode)
        {
            case (190 or 102, var sub):
                return new(FacebookErrorKind.TokenInvalid, "Mã truy cập Trang Facebook không còn dùng được" + TokenReason(sub) + ". " + RenewTokenAdvice + tag, null);
            case (_, 1404078):
                return new(FacebookErrorKind.TokenInvalid, "Facebook yêu cầu cấp quyền đăng bài lại cho ứng dụng. " + RenewTokenAdvice + tag, null);
            case (368, 1390008):
            case (4 or 17 or 32 or 341 or 613, _):
            case (>= 80000 and <= 80014, _):
                return new(FacebookErrorKind.Throttled, "Facebook đang giới hạn số lần gọi hoặc số bài đăng; hệ thống sẽ tự thử lại sau." + tag, options.ThrottleRetryAfter);
            case (368, _):
                return new(FacebookErrorKind.Blocked, $"Facebook đang tạm chặn Trang đăng bài (thường do đăng quá dày hoặc nội dung bị báo cáo). Hệ thống sẽ thử lại sau {hours} giờ; nếu vẫn bị chặn, quản trị viên hãy xem thông báo trong Meta Business Suite." + tag, options.BlockedRetryAfter);
            case (506, _):
                return new(FacebookErrorKind.Duplicate, "Facebook báo bài này trùng với bài vừa đăng: có thể lần gửi trước đã thành công. Hệ thống sẽ đối chiếu trên Trang, không đăng lại." + tag, null);
            case (1 or 2, _):
                return new(FacebookErrorKind.OutcomeUnknown, "Facebook gặp lỗi tạm thời và không xác nhận bài đã đăng hay chưa. Hệ thống sẽ đối chiếu trên Trang trước khi gửi lại, để không đăng trùng." + tag, null);
            case (10 or 3, _):
            case (>= 200 and <= 299, _):
                return new(FacebookErrorKind.Permanent, "Ứng dụng chưa có quyền đăng bài lên Trang. Cần quyền pages_manage_posts và pages_read_engagement, và người tạo mã truy cập phải có quyền tạo nội dung trên Trang." + tag, null);
            case (_, 1366046):
                return new(FacebookErrorKind.Permanent, "Facebook không nhận ảnh bìa: ảnh cần là JPG hoặc PNG, dưới 4 MB, và đã có trên trang thông tin điện tử." + tag, null);
            case (_, 1346003 or 1404102):
                return new(FacebookErrorKind.Permanent, "Facebook từ chối nội dung bài vì cho là vi phạm Tiêu chuẩn cộng đồng. Hãy xem lại nội dung bài." + tag, null);
            case (1609005, _):
            case (_, 1609005 or 2061006 or 1609008):
                return new(FacebookErrorKind.Permanent, "Facebook không đọc được liên kết tới bài trên trang thông tin điện tử. Kiểm tra trang có truy cập được từ Internet (Channels: website, Commune:WebsiteUrl)." + tag, null);
            case (100, _):
                return new(FacebookErrorKind.Permanent, "Facebook từ chối một tham số của bài đăng. Hãy kiểm tra nội dung và cấu hình theo thông báo của Facebook." + tag, null);
            default:
                return new(FacebookErrorKind.Permanent, "Facebook báo lỗi chưa được mô tả. Hãy gửi mã lỗi này cho bộ phận kỹ thuật." + tag, null);
        }
    }

    private static string TokenReason(int? subcode) =>
        subcode switch
        {
            458 => " (ứng dụng đã bị gỡ khỏi tài khoản quản trị)",
            459 => " (tài khoản quản trị đang bị Facebook khóa để kiểm tra)",
            460 => " (mật khẩu tài khoản quản trị đã được đổi)",
            463 => " (mã đã hết hạn)",
            464 => " (tài khoản quản trị chưa được xác nhận)",
            467 => " (mã không hợp lệ hoặc đã bị thu hồi)",
            492 => " (người tạo mã không còn vai trò quản trị trên Trang)",
            _ => string.Empty,
        };
}
