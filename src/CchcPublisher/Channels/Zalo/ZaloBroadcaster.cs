using System.Text.Json;
using CchcPublisher.Channels.Http;
using CchcPublisher.Common;
using CchcPublisher.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Zalo;

/// <summary>
/// Optionally sends a newly published article to the OA's followers (<c>POST /v2.0/oa/message</c>), at most
/// <see cref="ZaloOptions.BroadcastMaxPerDay"/> times per local day. A broadcast is at most once: it is recorded
/// in <c>&lt;data&gt;/state/zalo-broadcasts.json</c> before it is sent and never retried, because Zalo offers no
/// way to see whether a broadcast went out. Its outcome never changes the article's publication result.
/// </summary>
internal sealed class ZaloBroadcaster(
    ZaloApiClient client,
    IOptions<ZaloOptions> options,
    IOptions<PathOptions> paths,
    IOptions<CommuneOptions> commune,
    TimeProvider timeProvider,
    ILogger<ZaloBroadcaster> logger)
{
    public string FilePath => Path.Combine(paths.Value.DataRoot, "state", "zalo-broadcasts.json");

    /// <summary>Broadcasts when configured and within the daily limit; returns true when Zalo accepted it.</summary>
    public async Task<bool> BroadcastAsync(string articleId, string zaloArticleId, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.Broadcast || o.BroadcastMaxPerDay == 0)
        {
            return false;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), commune.Value.GetTimeZone()).DateTime);
        var sent = await LoadAsync(cancellationToken);
        if (sent.Count(b => b.Date == today) >= o.BroadcastMaxPerDay)
        {
            logger.ZaloBroadcastSkipped(articleId, o.BroadcastMaxPerDay);
            return false;
        }

        sent.RemoveAll(b => b.Date < today.AddDays(-31));
        sent.Add(new ZaloBroadcastRecord(today, articleId, zaloArticleId));
        try
        {
            await AtomicFile.WriteAllTextAsync(FilePath, JsonSerializer.Serialize(sent, ZaloJsonContext.Files.ListZaloBroadcastRecord), ownerOnly: false, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Without the record the daily limit cannot be kept: do not broadcast.
            logger.ZaloBroadcastRecordFailed(FilePath, articleId, ex.GetType().Name);
            return false;
        }

        var call = await client.SendAsync(ZaloRequests.Broadcast(o, zaloArticleId), cancellationToken);
        if (call.Status == ZaloCallStatus.Ok)
        {
            logger.ZaloBroadcastSent(articleId, call.DataString("message_id"));
            return true;
        }

        logger.ZaloBroadcastFailed(articleId, call.Status.ToString(), call.ErrorCode, call.Message ?? call.Detail);
        return false;
    }

    private async Task<List<ZaloBroadcastRecord>> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize(await File.ReadAllTextAsync(FilePath, cancellationToken), ZaloJsonContext.Files.ListZaloBroadcastRecord) ?? [];
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            // A damaged record must not allow more broadcasts than configured: count today as full.
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), commune.Value.GetTimeZone()).DateTime);
            return [.. Enumerable.Repeat(new ZaloBroadcastRecord(today, "?", "?"), options.Value.BroadcastMaxPerDay)];
        }
    }
}
