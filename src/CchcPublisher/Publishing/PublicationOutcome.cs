namespace CchcPublisher.Publishing;

/// <summary>How one (article, channel) pair ended in a run, for the summary table and logs.</summary>
internal enum PublicationOutcome
{
    Published,
    Updated,
    Reconciled,
    Failed,
    Unknown,
    Missed,
    Changed,
    Skipped,
    Scheduled,
    Waiting,

    /// <summary>Prepared for a person to publish (outbox file, radio script); counted once confirmed.</summary>
    AwaitingManual,

    /// <summary>Taken off the channel (page removed, post deleted or trashed, prepared file removed).</summary>
    Withdrawn,

    /// <summary>Could not be taken off the channel automatically (the service's API does not allow it).</summary>
    StillOnChannel,
}
