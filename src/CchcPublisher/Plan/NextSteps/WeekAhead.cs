namespace CchcPublisher.Plan.NextSteps;

/// <summary>One ISO week from today on: each target's need that week, and the column slots still free in it.</summary>
/// <param name="Days">Monday to Sunday (the first week starts today).</param>
/// <param name="Label">"Tuần 49/2026 (30/11–06/12)".</param>
/// <param name="Needs">Targets with something queued or missing that week.</param>
/// <param name="FreeSlots">Column slots in the week that no article holds.</param>
internal sealed record WeekAhead(DateRange Days, string Label, IReadOnlyList<WeekNeed> Needs, IReadOnlyList<FreeColumnSlot> FreeSlots);
