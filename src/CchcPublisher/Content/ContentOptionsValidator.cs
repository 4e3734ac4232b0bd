using CchcPublisher.Channels;
using CchcPublisher.Common;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Content;

/// <summary>Only known channel names, each once, may be configured as defaults.</summary>
internal sealed class ContentOptionsValidator : IValidateOptions<ContentOptions>
{
    public ValidateOptionsResult Validate(string? name, ContentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var channel in options.DefaultChannels ?? [])
        {
            if (!ChannelNames.All.Contains(channel, StringComparer.Ordinal))
            {
                var suggestion = NearestMatch.Find(channel ?? string.Empty, ChannelNames.All);
                failures.Add($"Content:DefaultChannels: kênh '{channel}' không tồn tại"
                    + (suggestion is null ? string.Empty : $" (có phải '{suggestion}'?)")
                    + $"; các kênh hợp lệ: {string.Join(", ", ChannelNames.All)}.");
            }
            else if (!seen.Add(channel))
            {
                failures.Add($"Content:DefaultChannels: kênh '{channel}' được khai báo hai lần.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
