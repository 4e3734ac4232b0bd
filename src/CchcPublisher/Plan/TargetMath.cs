namespace CchcPublisher.Plan;

/// <summary>
/// How many a target requires over a window and how many are expected by a day, measured in the target's
/// units (weeks, months...). A target of N per unit requires N times the units its window spans; clipped units
/// count by their share of days, so 2026's 53 ISO weeks with four days at each end make 52.14 weeks → 52; a
/// window shorter than one unit still requires N. A part of the window (a quarter of a yearly plan) requires
/// its share of units, and "expected so far" is that requirement times the share of units elapsed, rounded
/// down: nobody is behind for a week that has only just begun, and at the end of June two quarters are due.
/// </summary>
internal static class TargetMath
{
    /// <summary>What the target requires over its whole window.</summary>
    public static int RequiredForWindow(PlanTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Per == PeriodUnit.Whole)
        {
            return target.AtLeast;
        }

        var units = Units(target.Window, target.Per);
        return units < 1 ? target.AtLeast : (int)Math.Round(target.AtLeast * units, MidpointRounding.AwayFromZero);
    }

    /// <summary>What the target requires over <paramref name="part"/> (inside its window): its share of units.</summary>
    public static int RequiredFor(PlanTarget target, DateRange part)
    {
        ArgumentNullException.ThrowIfNull(target);
        var whole = RequiredForWindow(target);
        return part == target.Window
            ? whole
            : (int)Math.Round(whole * Units(part, target.Per) / Units(target.Window, target.Per), MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// What should be done by the end of <paramref name="asOf"/>: <paramref name="required"/> times the share of
    /// <paramref name="part"/>'s units elapsed, rounded down; all of it once the part has ended.
    /// </summary>
    public static int ExpectedBy(int required, DateRange part, PeriodUnit per, DateOnly asOf)
    {
        if (asOf < part.Start)
        {
            return 0;
        }

        if (asOf >= part.End)
        {
            return required;
        }

        var elapsed = Units(new DateRange(part.Start, asOf), per) / Units(part, per);
        return Math.Min(required, (int)Math.Floor(required * elapsed + 1e-9));
    }

    /// <summary>How many units of <paramref name="per"/> a range spans, partial units by their share of days.</summary>
    public static double Units(DateRange range, PeriodUnit per) =>
        per == PeriodUnit.Whole ? range.Days : PlanCalendar.Buckets(range, per).Sum(b => b.Fraction);
}
