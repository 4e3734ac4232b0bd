namespace CchcPublisher.Ledger;

/// <summary>Where one (article, channel) pair stands. Stored as lower-case text; never renumber or rename.</summary>
internal enum PublicationState
{
    /// <summary>Waiting for its time (a fixed <c>publish_at</c> or a column slot).</summary>
    Scheduled,

    /// <summary>Committed before the channel is called: if the process dies here, the next start reconciles.</summary>
    Publishing,

    /// <summary>Confirmed by the channel.</summary>
    Published,

    /// <summary>Refused or not delivered; may be retried after <see cref="LedgerEntry.RetryAfter"/>.</summary>
    Failed,

    /// <summary>Sent, outcome not confirmed: reconciled with the service before anything is sent again.</summary>
    Unknown,

    /// <summary>Overdue by more than the catch-up window: not published, shown to the official.</summary>
    Missed,

    /// <summary>Deliberately not published (article removed or turned into a draft before its time).</summary>
    Skipped,

    /// <summary>
    /// Prepared but not yet seen by anyone: an outbox file waiting to be posted by hand, a radio script or program
    /// waiting to air ("chờ đăng thủ công"). Has no publication instant, so it is never counted; <c>confirm</c>
    /// (or <c>radio confirm</c>) records the real publication. Stored as <c>awaitingmanual</c>.
    /// </summary>
    AwaitingManual,

    /// <summary>
    /// Taken off the channel after it was published or prepared: the article's file was removed or turned into a
    /// draft (the website follows the content folder), or the official asked (<c>unpublish</c>). Not counted; not
    /// sent again while the article is unchanged. Stored as <c>withdrawn</c>.
    /// </summary>
    Withdrawn,
}
