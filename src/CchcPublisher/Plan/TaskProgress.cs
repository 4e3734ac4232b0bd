namespace CchcPublisher.Plan;

/// <summary>What a task has produced so far.</summary>
internal sealed record TaskProgress(PlanTask Task, int Articles, int Activities, bool Started)
{
    public int Total => Articles + Activities;

    /// <summary>Started but with nothing published or recorded yet.</summary>
    public bool Idle => Started && Total == 0;
}
