namespace CchcPublisher.Channels;

/// <summary>What a channel found when it looked for an earlier publication of an article.</summary>
/// <param name="Found">True when the article is on the service already.</param>
/// <param name="Certain">False when the service could not be asked (then nothing must be sent).</param>
/// <param name="AwaitingManual">Found as a prepared file (outbox, script), not as a publication.</param>
internal sealed record ReconcileResult(bool Found, bool Certain, string? RemoteId = null, string? Url = null, string? Error = null, bool AwaitingManual = false)
{
    public static ReconcileResult NotFound { get; } = new(false, true);

    public static ReconcileResult FoundAt(string? remoteId, string? url) => new(true, true, remoteId, url);

    public static ReconcileResult PreparedAt(string remoteId) => new(true, true, remoteId, AwaitingManual: true);

    public static ReconcileResult CouldNotCheck(string error) => new(false, false, Error: error);
}
