namespace CchcPublisher.Publishing;

/// <summary>What a run should do with one (article, channel) pair.</summary>
internal enum PlannedAction
{
    /// <summary>Not due yet: record (or keep) it as scheduled.</summary>
    Schedule,

    /// <summary>Due: publish now.</summary>
    Publish,

    /// <summary>Published, then edited, and the channel can update in place.</summary>
    Update,

    /// <summary>A previous attempt's outcome is unknown (crash or timeout): ask the channel before sending.</summary>
    Reconcile,

    /// <summary>Overdue beyond the catch-up window: record as missed, do not publish.</summary>
    MarkMissed,

    /// <summary>Published, then edited, and the channel cannot update: report it, never post again as new.</summary>
    ReportChanged,

    /// <summary>The article was removed, turned into a draft or lost this channel: record as skipped.</summary>
    Skip,

    /// <summary>Published (or prepared) and its article is gone or a draft: take it off the channel.</summary>
    Withdraw,

    /// <summary>Failed earlier and waiting for its retry time (or for the official, after too many attempts).</summary>
    Wait,

    /// <summary>Nothing to do (published as is, or already missed/skipped).</summary>
    None,
}
