namespace CchcPublisher.Channels.Radio;

/// <summary>The radio channel works when its folder can be created and written to.</summary>
internal sealed class RadioChannelCheck(RadioChannel channel) : IChannelCheck
{
    public string Channel => ChannelNames.Radio;

    public async Task<ChannelCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        const string Mode = "thư mục";
        var folder = channel.Folder;
        var probe = Path.Combine(folder, $".check-{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(probe, "ok", cancellationToken);
            File.Delete(probe);
            return new ChannelCheckResult(true, Mode, $"Ghi được kịch bản phát thanh vào thư mục '{folder}'.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ChannelCheckResult(false, Mode, $"Không ghi được vào thư mục '{folder}': {ex.Message}. Hãy kiểm tra quyền ghi hoặc đổi Paths:Data.");
        }
    }
}
