using CchcPublisher.Plan.Reports;

namespace CchcPublisher.Plan;

/// <summary>Plan reporting settings (section <c>Plan</c>).</summary>
internal sealed class PlanOptions
{
    public const string SectionName = "Plan";

    /// <summary>
    /// How report periods are cut: <c>Statutory</c> (default: the cut-off dates of Nghị định 09/2019/NĐ-CP, a
    /// quarter from the 15th of the month before it to the 14th of its last month) or <c>Calendar</c>.
    /// </summary>
    public ReportPeriodRule ReportPeriods { get; set; } = ReportPeriodRule.Statutory;

    /// <summary>
    /// When a periodic report is due, counted from the last day of its period (the cut-off day): default 1 day,
    /// so a statutory quarter ending on the 14th is due on the 15th. Set it to what the district or province asks.
    /// </summary>
    public TimeSpan ReportDueAfterPeriodEnd { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long before a report's due date the worker starts warning, daily. Default 7 days; 0 turns the warning off.</summary>
    public TimeSpan ReportReminderLead { get; set; } = TimeSpan.FromDays(7);
}
