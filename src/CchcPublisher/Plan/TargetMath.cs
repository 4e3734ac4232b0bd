namespace CchcPublisher.Plan;

/// <summary>
/// How many a target requires over a window and how many are expected by a day. A target of N per unit over
/// its window requires N times the number of units the window spans (clipped units count by their share of
/// days, so 2026's 53 ISO weeks with four days at each end make 52.14 weeks → 52); a window shorter than one
/// unit still requires N. A part of the window (a quarter of a yearly plan) requires its share of days, and
/// "expected so far" is that requirement times the share of its days elapsed, rounded down, so nobody is
/// behind for a week that has only just begun.
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

        var units = PlanCalendar.Buckets(target.Window, target.Per).Sum(b => b.Fraction);
        return units < 1 ? target.AtLeast : (int)Math.Round(target.AtLeast * units, MidpointRounding.AwayFromZero);
    }

    /// <summary>What the target requires over <paramref name="part"/> (inside its window): its share of days.</summary>
    public static int RequiredFor(PlanTarget target, DateRange part)
    {
        ArgumentNullException.ThrowIfNull(target);
        var whole = RequiredForWindow(target);
        if (part == target.Window)
        {
            return whole;
        }

        return (int)Math.Round((double)whole * part.Days / target.Window.Days, MidpointRounding.AwayFromZero);
    }

    /// <summary>What should be done by the end of <paramref name="asOf"/>: <paramref name="required"/> pro-rated by elapsed days, rounded down.</summary>
    public static int ExpectedBy(int required, DateRange part, DateOnly asOf)
    {
        if (asOf < part.Start)
        {
            return 0;
        }

        if (asOf >= part.End)
        {
            return required;
        }

        var elapsed = asOf.DayNumber - part.Start.DayNumber + 1;
        return (int)Math.Floor((double)required * elapsed / part.Days);
    }
}
