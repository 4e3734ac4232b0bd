using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Website;

/// <summary>Cross-field rules of <see cref="WebsiteOptions"/>; messages in Vietnamese, naming the setting.</summary>
internal sealed class WebsiteOptionsValidator : IValidateOptions<WebsiteOptions>
{
    private const string Prefix = WebsiteOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, WebsiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();

        if (!Enum.IsDefined(options.Mode))
        {
            errors.Add($"{Prefix}Mode: giá trị '{options.Mode}' không hợp lệ (chọn Static hoặc WordPress).");
        }

        if (string.IsNullOrWhiteSpace(options.ColumnTitle))
        {
            errors.Add($"{Prefix}ColumnTitle: cần tên chuyên mục.");
        }

        if (options.FeedItems is < 1 or > 500)
        {
            errors.Add($"{Prefix}FeedItems: phải từ 1 đến 500 (hiện là {options.FeedItems}).");
        }

        if (!string.IsNullOrWhiteSpace(options.BaseUrl) && !IsHttpUrl(options.BaseUrl))
        {
            errors.Add($"{Prefix}BaseUrl: '{options.BaseUrl}' không phải địa chỉ http(s) đầy đủ.");
        }

        if (options.Mode == WebsiteMode.WordPress)
        {
            ValidateWordPress(options.WordPress, errors);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateWordPress(WordPressOptions wp, List<string> errors)
    {
        const string P = Prefix + "WordPress:";
        if (string.IsNullOrWhiteSpace(wp.BaseUrl))
        {
            errors.Add($"{P}BaseUrl: chế độ WordPress cần địa chỉ trang WordPress (ví dụ https://xa.example.gov.vn).");
        }
        else if (!IsHttpUrl(wp.BaseUrl))
        {
            errors.Add($"{P}BaseUrl: '{wp.BaseUrl}' không phải địa chỉ http(s) đầy đủ.");
        }

        if (string.IsNullOrWhiteSpace(wp.User))
        {
            errors.Add($"{P}User: chế độ WordPress cần tên người dùng WordPress.");
        }

        if (string.IsNullOrWhiteSpace(wp.AppPassword))
        {
            errors.Add($"{P}AppPassword: chế độ WordPress cần mật khẩu ứng dụng (Application Password); đặt qua biến môi trường CCHC__Channels__Website__WordPress__AppPassword.");
        }

        if (!Enum.IsDefined(wp.RouteStyle))
        {
            errors.Add($"{P}RouteStyle: giá trị '{wp.RouteStyle}' không hợp lệ (chọn Auto, Pretty hoặc Query).");
        }

        if (wp.AttemptTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{P}AttemptTimeout: phải lớn hơn 0.");
        }

        if (wp.TotalTimeout <= wp.AttemptTimeout)
        {
            errors.Add($"{P}TotalTimeout ({wp.TotalTimeout}) phải lớn hơn AttemptTimeout ({wp.AttemptTimeout}).");
        }

        if (wp.MaxRetries is < 0 or > 10)
        {
            errors.Add($"{P}MaxRetries: phải từ 0 đến 10 (hiện là {wp.MaxRetries}).");
        }

        if (wp.RetryAfter <= TimeSpan.Zero)
        {
            errors.Add($"{P}RetryAfter: phải lớn hơn 0.");
        }
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
