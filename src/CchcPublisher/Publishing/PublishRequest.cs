namespace CchcPublisher.Publishing;

/// <summary>What a publishing run should cover.</summary>
/// <param name="DueUntil">Publish what is due up to this instant; <c>null</c> means now.</param>
/// <param name="Channel">Only this channel.</param>
/// <param name="ArticleId">Only this article.</param>
/// <param name="ContentRoot">Content folder; <c>null</c> means the configured one.</param>
internal sealed record PublishRequest(
    DateTimeOffset? DueUntil = null,
    string? Channel = null,
    string? ArticleId = null,
    string? ContentRoot = null);
