namespace CchcPublisher.Channels;

internal enum PublishOutcome
{
    /// <summary>The service confirmed the publication.</summary>
    Published,

    /// <summary>The service refused, or the request never reached it; nothing was published.</summary>
    Failed,

    /// <summary>The request was sent but the outcome is not confirmed (timeout, 5xx after sending).</summary>
    Unknown,

    /// <summary>Prepared for a person to publish (outbox file, radio script); not public until confirmed.</summary>
    AwaitingManual,
}
