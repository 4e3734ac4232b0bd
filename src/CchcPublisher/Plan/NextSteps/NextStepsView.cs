namespace CchcPublisher.Plan.NextSteps;

/// <summary>What to do next for a plan: the gaps to its targets and, week by week until the horizon, what each needs.</summary>
/// <param name="Status">The plan's progress as of today.</param>
/// <param name="Horizon">From today to the last week shown (the plan's end unless limited).</param>
/// <param name="Gaps">Targets not yet met whose window has not ended, in plan order.</param>
/// <param name="Weeks">The weeks of the horizon.</param>
internal sealed record NextStepsView(PlanStatus Status, DateRange Horizon, IReadOnlyList<TargetGap> Gaps, IReadOnlyList<WeekAhead> Weeks);
