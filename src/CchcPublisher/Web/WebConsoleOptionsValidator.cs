using CchcPublisher.Web.Security;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Web;

/// <summary>
/// Rules DataAnnotations cannot say: the address is <c>localhost</c> or an IP address, durations are positive, and
/// the console opened beyond this machine only when there are users to sign in with.
/// </summary>
internal sealed class WebConsoleOptionsValidator(UserStore users) : IValidateOptions<WebConsoleOptions>
{
    public ValidateOptionsResult Validate(string? name, WebConsoleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.Equals(options.Address, "localhost", StringComparison.OrdinalIgnoreCase) &&
            !System.Net.IPAddress.TryParse(options.Address, out _))
        {
            failures.Add($"{WebConsoleOptions.SectionName}:{nameof(WebConsoleOptions.Address)} '{options.Address}' không hợp lệ: dùng localhost hoặc một địa chỉ IP (ví dụ 0.0.0.0 để mở cho mạng nội bộ).");
        }

        else if (options.Enabled && !options.IsLoopback && !users.HasUsers())
        {
            failures.Add($"{WebConsoleOptions.SectionName}:{nameof(WebConsoleOptions.Address)} = {options.Address} mở bảng điều khiển cho mạng nội bộ nhưng chưa có người dùng nào: tạo người dùng bằng lệnh users add trước, hoặc để Address = localhost.");
        }

        if (options.LoginWindow <= TimeSpan.Zero)
        {
            failures.Add($"{WebConsoleOptions.SectionName}:{nameof(WebConsoleOptions.LoginWindow)} phải lớn hơn 0.");
        }

        if (options.SessionLifetime <= TimeSpan.Zero)
        {
            failures.Add($"{WebConsoleOptions.SectionName}:{nameof(WebConsoleOptions.SessionLifetime)} phải lớn hơn 0.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
