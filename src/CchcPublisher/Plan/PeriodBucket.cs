namespace CchcPublisher.Plan;

/// <summary>
/// One span of a target's unit: <see cref="Full"/> is the whole calendar week/month/quarter, <see cref="Days"/>
/// the part of it inside the window (smaller at the window's edges, e.g. ISO week 1 of 2026 starts in 2025).
/// </summary>
internal sealed record PeriodBucket(string Label, DateRange Full, DateRange Days)
{
    /// <summary>Share of the full span inside the window: 1 for a whole week, 4/7 for a clipped one.</summary>
    public double Fraction => (double)Days.Days / Full.Days;

    public bool IsComplete => Days == Full;
}
