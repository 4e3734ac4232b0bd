using CchcPublisher.Channels.Http;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Zalo;

/// <summary>Cross-field rules of <see cref="ZaloOptions"/>: API mode needs its credentials; timeouts must nest.</summary>
internal sealed class ZaloOptionsValidator : IValidateOptions<ZaloOptions>
{
    public ValidateOptionsResult Validate(string? name, ZaloOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.Mode == ChannelMode.Api)
        {
            Require(errors, options.AppId, "AppId", "mã ứng dụng (App ID) trên developers.zalo.me");
            Require(errors, options.AppSecret, "AppSecret", "khóa bí mật của ứng dụng (Secret Key), đặt qua biến môi trường CCHC__Channels__Zalo__AppSecret");
            Require(errors, options.RefreshToken, "RefreshToken", "refresh token do quản trị viên OA cấp quyền, đặt qua biến môi trường CCHC__Channels__Zalo__RefreshToken");
        }

        CheckHttpUrl(errors, options.OpenApiBaseUrl, "OpenApiBaseUrl");
        CheckHttpUrl(errors, options.OAuthBaseUrl, "OAuthBaseUrl");
        if (options.AttemptTimeout >= options.TotalTimeout)
        {
            errors.Add($"{ZaloOptions.SectionName}:AttemptTimeout ({options.AttemptTimeout}) phải nhỏ hơn TotalTimeout ({options.TotalTimeout}).");
        }

        if (options.VerifyPollInterval >= options.VerifyTimeout)
        {
            errors.Add($"{ZaloOptions.SectionName}:VerifyPollInterval ({options.VerifyPollInterval}) phải nhỏ hơn VerifyTimeout ({options.VerifyTimeout}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Require(List<string> errors, string? value, string key, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{ZaloOptions.SectionName}:{key}: chế độ Api cần {what}.");
        }
    }

    private static void CheckHttpUrl(List<string> errors, string? value, string key)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            errors.Add($"{ZaloOptions.SectionName}:{key}: '{value}' không phải địa chỉ http(s) hợp lệ.");
        }
    }
}
