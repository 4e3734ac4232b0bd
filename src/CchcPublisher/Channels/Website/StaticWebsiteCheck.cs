using CchcPublisher.Common;
using CchcPublisher.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Website;

/// <summary>Static mode's <c>channels check</c>: the site folder exists (or can be created) and is writable.</summary>
internal sealed class StaticWebsiteCheck(IOptions<WebsiteOptions> options, IOptions<PathOptions> paths) : IChannelCheck
{
    public string Channel => ChannelNames.Website;

    public async Task<ChannelCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        const string Mode = "trang tĩnh";
        var root = options.Value.GetSiteRoot(paths.Value);
        var probe = Path.Combine(root, $".write-check-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(root);
            await AtomicFile.WriteAllTextAsync(probe, "ok", cancellationToken);
            File.Delete(probe);
            return new ChannelCheckResult(true, Mode, $"Thư mục trang web {root} ghi được.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ChannelCheckResult(false, Mode,
                $"Không ghi được vào thư mục trang web {root}: {ex.Message}. Hãy cấp quyền ghi cho tài khoản chạy dịch vụ, " +
                $"hoặc đổi {WebsiteOptions.SectionName}:OutputFolder.");
        }
    }
}
