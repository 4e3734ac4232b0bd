namespace CchcPublisher.Channels;

/// <summary>The outcome of one publish attempt on one channel.</summary>
/// <param name="Outcome">Published, failed or unknown.</param>
/// <param name="RemoteId">Id on the service (post id, file name, article id).</param>
/// <param name="Url">Public address, when there is one.</param>
/// <param name="Error">Vietnamese explanation for the official, when not published.</param>
/// <param name="RetryAfter">When a failure is temporary: the earliest sensible retry delay.</param>
internal sealed record PublishResult(
    PublishOutcome Outcome,
    string? RemoteId = null,
    string? Url = null,
    string? Error = null,
    TimeSpan? RetryAfter = null)
{
    public static PublishResult Published(string? remoteId, string? url) => new(PublishOutcome.Published, remoteId, url);

    /// <summary>Prepared for manual publication (an outbox file, a radio script): counted only once confirmed.</summary>
    public static PublishResult AwaitingManual(string remoteId) => new(PublishOutcome.AwaitingManual, remoteId);

    public static PublishResult Failed(string error, TimeSpan? retryAfter = null) =>
        new(PublishOutcome.Failed, Error: error, RetryAfter: retryAfter);

    public static PublishResult Unknown(string error) => new(PublishOutcome.Unknown, Error: error);
}
