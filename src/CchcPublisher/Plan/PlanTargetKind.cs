namespace CchcPublisher.Plan;

internal enum PlanTargetKind
{
    /// <summary>Publications on a channel, or activities of an offline form.</summary>
    Form,

    /// <summary>Articles (any channel) and activities about a category.</summary>
    Category,

    /// <summary>Articles and activities linked to a task, optionally of one form.</summary>
    Task,
}
