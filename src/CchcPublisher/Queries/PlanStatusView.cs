using CchcPublisher.Plan;

namespace CchcPublisher.Queries;

/// <summary>The plans there are, the one shown with its status as of a day, or why there is none.</summary>
internal sealed record PlanStatusView(IReadOnlyList<PlanDocument> Plans, PlanStatus? Status, string? Problem, int FileErrors);
