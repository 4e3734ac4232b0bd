using System.Globalization;
using CchcPublisher.Plan;
using CchcPublisher.Plan.Reports;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Queries;

/// <summary>
/// Which reports are due when, from each plan's reporting duties (<c>reporting:</c>): a duty whose wording names
/// quarters, six months or a year ("Định kỳ hằng quý, 6 tháng, năm", "Quý, năm") gives one report per such
/// period of the plan, cut by <c>Plan:ReportPeriods</c> and due <c>Plan:ReportDueAfterPeriodEnd</c> after its
/// last day. Read by <c>plan calendar</c>, the worker's reminder and (later) the console.
/// </summary>
internal sealed class ReportCalendarQuery(PlanSession session, IOptions<PlanOptions> options)
{
    /// <param name="cancellationToken">Cancels loading.</param>
    /// <param name="rule">Period rule; null means the <c>Plan:ReportPeriods</c> setting.</param>
    /// <param name="planId">Only this plan; null means every plan.</param>
    public async Task<ReportCalendarView> GetAsync(CancellationToken cancellationToken, ReportPeriodRule? rule = null, string? planId = null)
    {
        var workspace = await session.LoadAsync(cancellationToken);
        var today = session.Today();
        var settings = options.Value;
        var entries = workspace.Plans.Plans
            .Where(p => planId is null || string.Equals(p.Id, planId, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => Schedule(p, rule ?? settings.ReportPeriods, settings.ReportDueAfterPeriodEnd))
            .OrderBy(e => e.DueDate is null).ThenBy(e => e.DueDate).ThenBy(e => e.PlanId, StringComparer.Ordinal)
            .ToList();
        return new ReportCalendarView(today, entries, workspace.Plans.Diagnostics.Count(d => d.IsError));
    }

    /// <summary>The reports due from <paramref name="view"/>'s today up to <paramref name="lead"/> days ahead (today included).</summary>
    public static IReadOnlyList<ReportDue> DueSoon(ReportCalendarView view, TimeSpan lead)
    {
        ArgumentNullException.ThrowIfNull(view);
        var days = (int)lead.TotalDays;
        return [.. view.Entries.Where(e => e.DaysLeft(view.Today) is { } left && left >= 0 && left <= days)];
    }

    /// <summary>Every report <paramref name="plan"/>'s duties call for, in due order.</summary>
    public static IReadOnlyList<ReportDue> Schedule(PlanDocument plan, ReportPeriodRule rule, TimeSpan dueAfter)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var entries = new List<ReportDue>();
        foreach (var duty in plan.Details.Reporting)
        {
            var kinds = Cadences(duty.When ?? duty.Report);
            if (kinds.Count == 0)
            {
                entries.Add(new ReportDue(plan.Id, duty.Report, duty.To, duty.When, null, null));
                continue;
            }

            foreach (var kind in kinds)
            {
                foreach (var period in Periods(plan, kind, rule))
                {
                    entries.Add(new ReportDue(plan.Id, duty.Report, duty.To, duty.When, period, period.Days.End.AddDays((int)dueAfter.TotalDays)));
                }
            }
        }

        return [.. entries.OrderBy(e => e.DueDate is null).ThenBy(e => e.DueDate).ThenBy(e => e.Period?.Kind)];
    }

    /// <summary>The periods of <paramref name="kind"/> overlapping the plan, named after a year the plan covers
    /// (the days after a year's cut-off belong to the next year's plan), with their full statutory or calendar days.</summary>
    private static IEnumerable<ReportPeriod> Periods(PlanDocument plan, ReportPeriodKind kind, ReportPeriodRule rule)
    {
        var period = ReportPeriod.Holding(kind, plan.Period.Start, rule);
        while (period.Days.Start <= plan.Period.End && period.Year <= plan.Period.End.Year)
        {
            yield return period;
            period = period.Next(rule);
        }
    }

    /// <summary>"Định kỳ hàng quý, 6 tháng, một năm" → quarter, half, year. Other wording ("Theo quy định") → none.</summary>
    internal static IReadOnlyList<ReportPeriodKind> Cadences(string text)
    {
        var lower = text.ToLower(CultureInfo.GetCultureInfo("vi-VN")).Normalize(System.Text.NormalizationForm.FormC);
        var kinds = new List<ReportPeriodKind>();
        if (lower.Contains("quý", StringComparison.Ordinal))
        {
            kinds.Add(ReportPeriodKind.Quarter);
        }

        if (lower.Contains("6 tháng", StringComparison.Ordinal) || lower.Contains("sáu tháng", StringComparison.Ordinal))
        {
            kinds.Add(ReportPeriodKind.Half);
        }

        var withoutHalves = lower.Replace("6 tháng đầu năm", string.Empty, StringComparison.Ordinal)
            .Replace("6 tháng cuối năm", string.Empty, StringComparison.Ordinal);
        if (withoutHalves.Contains("năm", StringComparison.Ordinal))
        {
            kinds.Add(ReportPeriodKind.Year);
        }

        return kinds;
    }
}
