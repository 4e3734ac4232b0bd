using System.Globalization;

namespace CchcPublisher.Plan.Reports;

/// <summary>A report period: its name ("Quý I/2026") and the days whose numbers it counts.</summary>
internal sealed record ReportPeriod(ReportPeriodKind Kind, int Year, int Index, string Name, DateRange Days)
{
    /// <summary>
    /// The period of <paramref name="kind"/> named after the calendar span holding <paramref name="day"/> (the
    /// quarter a day of November falls in is Quý IV), with its days cut by <paramref name="rule"/>. So a
    /// statutory Quý IV/2026 counts 15/09/2026–14/12/2026, and 20/12/2026 is counted in Quý I/2027.
    /// </summary>
    public static ReportPeriod Named(ReportPeriodKind kind, DateOnly day, ReportPeriodRule rule)
    {
        var index = kind switch
        {
            ReportPeriodKind.Quarter => PlanCalendar.QuarterOf(day),
            ReportPeriodKind.Half => PlanCalendar.HalfOf(day),
            _ => 1,
        };
        return Of(kind, day.Year, index, rule);
    }

    /// <summary>The period of <paramref name="kind"/> whose counted days hold <paramref name="day"/> (so 20/12/2026 is in the statutory Quý I/2027).</summary>
    public static ReportPeriod Holding(ReportPeriodKind kind, DateOnly day, ReportPeriodRule rule)
    {
        var named = Named(kind, day, rule);
        return named.Days.Contains(day) ? named : named.Next(rule);
    }

    /// <param name="kind">Quarter, half or year.</param>
    /// <param name="year">The year the period is named after.</param>
    /// <param name="index">Quarter 1–4, half 1–2, or 1 for a year.</param>
    /// <param name="rule">Statutory cut-off dates or calendar spans.</param>
    public static ReportPeriod Of(ReportPeriodKind kind, int year, int index, ReportPeriodRule rule)
    {
        var calendar = kind switch
        {
            ReportPeriodKind.Quarter => PlanCalendar.Quarter(year, index),
            ReportPeriodKind.Half => PlanCalendar.Half(year, index),
            _ => PlanCalendar.Year(year),
        };
        var name = kind switch
        {
            ReportPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"Quý {PlanCalendar.RomanQuarter(index)}/{year}"),
            ReportPeriodKind.Half => string.Create(CultureInfo.InvariantCulture, $"6 tháng {(index == 1 ? "đầu" : "cuối")} năm {year}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"Năm {year}"),
        };
        var days = rule == ReportPeriodRule.Calendar
            ? calendar
            : new DateRange(new DateOnly(calendar.Start.Year, calendar.Start.Month, 15).AddMonths(-1), new DateOnly(calendar.End.Year, calendar.End.Month, 14));
        return new ReportPeriod(kind, year, index, name, days);
    }

    /// <summary>The period of the same kind that follows this one.</summary>
    public ReportPeriod Next(ReportPeriodRule rule)
    {
        var count = Kind switch { ReportPeriodKind.Quarter => 4, ReportPeriodKind.Half => 2, _ => 1 };
        return Index < count ? Of(Kind, Year, Index + 1, rule) : Of(Kind, Year + 1, 1, rule);
    }

    /// <summary>The period clipped to <paramref name="range"/> (a plan's period), or null when they do not overlap.</summary>
    public ReportPeriod? Within(DateRange range) => Days.Intersect(range) is { } inside ? this with { Days = inside } : null;
}
