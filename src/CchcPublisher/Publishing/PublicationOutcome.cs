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
}
