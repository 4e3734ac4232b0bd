using Microsoft.Extensions.Options;

namespace CchcPublisher.Hosting;

/// <summary>Checks that the configured time zone exists on this machine (Linux IANA ids and Windows ids both work).</summary>
internal sealed class CommuneOptionsValidator : IValidateOptions<CommuneOptions>
{
    public ValidateOptionsResult Validate(string? name, CommuneOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            _ = options.GetTimeZone();
            return ValidateOptionsResult.Success;
        }
        catch (TimeZoneNotFoundException)
        {
            return ValidateOptionsResult.Fail($"Commune:TimeZone: không tìm thấy múi giờ '{options.TimeZone}' (ví dụ hợp lệ: Asia/Ho_Chi_Minh).");
        }
        catch (InvalidTimeZoneException)
        {
            return ValidateOptionsResult.Fail($"Commune:TimeZone: múi giờ '{options.TimeZone}' bị hỏng trên máy này.");
        }
    }
}
