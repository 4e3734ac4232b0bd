using System.Globalization;
using CchcPublisher.Plan.Reports;
using CchcPublisher.Queries;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Plan;

/// <summary>
/// The logic behind the daily reminder: logs a Vietnamese warning for every report due within
/// <c>Plan:ReportReminderLead</c> (today included), from <see cref="ReportCalendarQuery"/>.
/// </summary>
internal sealed class ReportReminder(ReportCalendarQuery calendar, IOptions<PlanOptions> options, ILogger<ReportReminder> logger)
{
    /// <returns>The reports warned about (for tests).</returns>
    public async Task<IReadOnlyList<ReportDue>> RunAsync(CancellationToken cancellationToken)
    {
        var lead = options.Value.ReportReminderLead;
        if (lead <= TimeSpan.Zero)
        {
            return [];
        }

        var view = await calendar.GetAsync(cancellationToken);
        var due = ReportCalendarQuery.DueSoon(view, lead);
        foreach (var entry in due)
        {
            logger.ReportDueSoon(
                entry.Report, entry.Period!.Name, entry.PlanId, entry.DueDate!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                entry.DaysLeft(view.Today)!.Value, entry.To.Count == 0 ? "(chưa ghi)" : string.Join("; ", entry.To), PeriodOption(entry.Period));
        }

        return due;
    }

    private static string PeriodOption(ReportPeriod period) => period.Kind switch
    {
        ReportPeriodKind.Quarter => $"\"Quý {PlanCalendar.RomanQuarter(period.Index)}/{period.Year}\"",
        ReportPeriodKind.Half => period.Index == 1 ? $"\"6 tháng đầu năm {period.Year}\"" : $"\"6 tháng cuối năm {period.Year}\"",
        _ => $"\"Năm {period.Year}\"",
    };
}
