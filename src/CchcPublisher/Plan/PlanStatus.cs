namespace CchcPublisher.Plan;

/// <summary>Progress of one plan over a window (the plan period, or a report period), as of a day.</summary>
internal sealed record PlanStatus(
    PlanDocument Plan,
    DateRange Window,
    DateOnly AsOf,
    IReadOnlyList<TargetProgress> Targets,
    IReadOnlyList<TaskProgress> Tasks)
{
    public IEnumerable<TargetProgress> Behind => Targets.Where(t => !t.OnTrack);

    public IEnumerable<TaskProgress> IdleTasks => Tasks.Where(t => t.Idle);
}
