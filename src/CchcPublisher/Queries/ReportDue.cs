using CchcPublisher.Plan.Reports;

namespace CchcPublisher.Queries;

/// <summary>
/// One report a plan's reporting duties call for: which report, to whom, for which period and by when. A duty
/// whose wording has no computable cadence ("Theo quy định") has no period and no due date.
/// </summary>
internal sealed record ReportDue(string PlanId, string Report, IReadOnlyList<string> To, string? When, ReportPeriod? Period, DateOnly? DueDate)
{
    /// <summary>Days from <paramref name="today"/> to the due date (negative when past), or null without a date.</summary>
    public int? DaysLeft(DateOnly today) => DueDate is { } due ? due.DayNumber - today.DayNumber : null;
}

/// <summary>The report calendar of every plan as of <see cref="Today"/>, soonest first; duties without a date last.</summary>
internal sealed record ReportCalendarView(DateOnly Today, IReadOnlyList<ReportDue> Entries, int ContentErrors);
