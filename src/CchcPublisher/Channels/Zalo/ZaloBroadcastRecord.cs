namespace CchcPublisher.Channels.Zalo;

/// <summary>One broadcast sent (or attempted) on a local date.</summary>
internal sealed record ZaloBroadcastRecord(DateOnly Date, string ArticleId, string ZaloArticleId);
