using CchcPublisher.Channels;

namespace CchcPublisher.Queries;

/// <summary>
/// Runs every enabled channel's check in the usual channel order; an unexpected exception becomes a failed row
/// rather than stopping the others. Read by <c>channels check</c> and by the console's channel page.
/// </summary>
internal sealed class ChannelCheckQuery(IEnumerable<IChannelCheck> checks)
{
    public async Task<IReadOnlyList<ChannelCheckRow>> RunAsync(CancellationToken cancellationToken)
    {
        var order = ChannelNames.All.ToList();
        var rows = new List<ChannelCheckRow>();
        foreach (var channelCheck in checks.OrderBy(c => order.IndexOf(c.Channel)))
        {
            ChannelCheckResult result;
            try
            {
                result = await channelCheck.CheckAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                result = new ChannelCheckResult(false, "?", $"Lỗi không mong đợi khi kiểm tra: {ex.Message}");
            }

            rows.Add(new ChannelCheckRow(channelCheck.Channel, result));
        }

        return rows;
    }
}
