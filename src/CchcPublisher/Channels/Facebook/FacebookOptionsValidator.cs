using CchcPublisher.Channels.Http;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Facebook;

/// <summary>Cross-field rules of <see cref="FacebookOptions"/>: API mode needs the Page id and token; timeouts must nest.</summary>
internal sealed class FacebookOptionsValidator : IValidateOptions<FacebookOptions>
{
    public ValidateOptionsResult Validate(string? name, FacebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.Mode == ChannelMode.Api)
        {
            if (string.IsNullOrWhiteSpace(options.PageId))
            {
                errors.Add($"{FacebookOptions.SectionName}:PageId: chế độ Api cần mã số (ID) của Trang Facebook.");
            }

            if (string.IsNullOrWhiteSpace(options.PageAccessToken))
            {
                errors.Add($"{FacebookOptions.SectionName}:PageAccessToken: chế độ Api cần mã truy cập Trang (Page access token), đặt qua biến môi trường CCHC__Channels__Facebook__PageAccessToken.");
            }
        }

        if (!Uri.TryCreate(options.GraphBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            errors.Add($"{FacebookOptions.SectionName}:GraphBaseUrl: '{options.GraphBaseUrl}' không phải địa chỉ http(s) hợp lệ.");
        }

        if (options.AttemptTimeout >= options.TotalTimeout)
        {
            errors.Add($"{FacebookOptions.SectionName}:AttemptTimeout ({options.AttemptTimeout}) phải nhỏ hơn TotalTimeout ({options.TotalTimeout}).");
        }

        foreach (var tag in options.ExtraHashtags)
        {
            if (string.IsNullOrWhiteSpace(tag) || tag.Any(c => !char.IsLetterOrDigit(c) && c != '_'))
            {
                errors.Add($"{FacebookOptions.SectionName}:ExtraHashtags: '{tag}' chỉ được gồm chữ, số và dấu gạch dưới, không có '#' hay dấu cách.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
