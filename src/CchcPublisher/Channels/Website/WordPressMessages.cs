namespace CchcPublisher.Channels.Website;

/// <summary>Plain Vietnamese explanations of WordPress failures, saying what the official should do.</summary>
internal static class WordPressMessages
{
    private const string Settings = WebsiteOptions.SectionName + ":WordPress";

    public static string Describe(WordPressFailure failure, string baseUrl, string? user)
    {
        ArgumentNullException.ThrowIfNull(failure);
        // Transport failures and HTML error pages come described in Vietnamese. WordPress's own error text is English:
        // the cases explained below leave it out; the others quote it as WordPress's words, after the explanation.
        var fromWordPress = failure.Kind == WordPressFailureKind.Http && failure.Code is not null;
        var said = string.IsNullOrWhiteSpace(failure.Message)
            ? string.Empty
            : fromWordPress ? $" (WordPress báo: \"{failure.Message}\")" : $": {failure.Message}";
        var explained = fromWordPress ? string.Empty : said;
        return failure switch
        {
            { Kind: WordPressFailureKind.NotSent } =>
                $"Không kết nối được tới trang WordPress {baseUrl}{said}. Kiểm tra mạng và địa chỉ {Settings}:BaseUrl.",
            { Kind: WordPressFailureKind.NoAnswer } =>
                $"Trang WordPress {baseUrl} không trả lời kịp{said}.",
            { Kind: WordPressFailureKind.BadAnswer } =>
                $"Trang WordPress {baseUrl} trả lời không đúng định dạng REST API{said}.",
            { Status: 401 } =>
                $"WordPress từ chối đăng nhập của tài khoản '{user}': tên người dùng hoặc mật khẩu ứng dụng (Application Password) " +
                $"không đúng hoặc đã bị thu hồi, hoặc máy chủ web đã bỏ tiêu đề Authorization. Hãy tạo mật khẩu ứng dụng mới " +
                $"(Người dùng → Hồ sơ → Mật khẩu ứng dụng) và cập nhật {Settings}:User, {Settings}:AppPassword.",
            { Status: 403 } or { Status: 400 } when failure.Status == 403 || IsPermission(failure.Code) =>
                $"Tài khoản WordPress '{user}' không đủ quyền ({failure.Code}){explained}. Cần vai trò Biên tập viên (Editor) hoặc " +
                "Quản trị viên (Administrator) để đăng bài, tải ảnh bìa và tạo chuyên mục.",
            { Code: "rest_no_route" } or { Status: 404 } =>
                $"Không tìm thấy REST API của WordPress tại {baseUrl}{explained}. Kiểm tra {Settings}:BaseUrl (địa chỉ trang chủ, " +
                $"không kèm /wp-json), REST API có bị plugin bảo mật tắt không, hoặc đặt {Settings}:RouteStyle là Query.",
            { Status: >= 300 and < 400 } =>
                $"Trang WordPress chuyển hướng yêu cầu sang {failure.Message}. Hãy sửa {Settings}:BaseUrl thành đúng địa chỉ đó " +
                "(http hay https, có hay không có www).",
            { Status: 429 } =>
                "Máy chủ WordPress đang giới hạn số yêu cầu; sẽ thử lại sau.",
            { Status: >= 500 } =>
                $"Máy chủ WordPress gặp lỗi (HTTP {failure.Status}{Code(failure)}){said}.",
            _ =>
                $"WordPress từ chối yêu cầu (HTTP {failure.Status}{Code(failure)}){said}.",
        };
    }

    /// <summary>Failures a later attempt may get past without anyone changing anything.</summary>
    public static bool IsTemporary(WordPressFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Kind is WordPressFailureKind.NotSent or WordPressFailureKind.NoAnswer or WordPressFailureKind.BadAnswer
            || failure.Status is 408 or 429 or >= 500;
    }

    private static bool IsPermission(string? code) =>
        code is not null && code.StartsWith("rest_cannot_", StringComparison.Ordinal);

    private static string Code(WordPressFailure failure) => failure.Code is null ? string.Empty : $", {failure.Code}";
}
