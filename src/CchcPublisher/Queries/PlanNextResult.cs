using CchcPublisher.Plan.NextSteps;

namespace CchcPublisher.Queries;

/// <summary>What to do next for a plan, or why there is nothing to show; and how many plan files have errors.</summary>
internal sealed record PlanNextResult(NextStepsView? View, string? Problem, int FileErrors);
