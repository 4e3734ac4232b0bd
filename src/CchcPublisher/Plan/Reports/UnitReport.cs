using System.Globalization;

namespace CchcPublisher.Plan.Reports;

/// <summary>
/// "Kết quả theo đơn vị": every unit the plan names (lead or partner of a task) or an activity names, what it
/// was assigned (tasks it leads, tasks it supports) and what it did (publications of articles whose front matter
/// names it with <c>unit:</c>, activities recorded with its name, with their quantities totalled). Units are
/// matched by name, ignoring case and surrounding spaces.
/// </summary>
internal static class UnitReport
{
    /// <param name="plan">The plan (leads and partners of its tasks).</param>
    /// <param name="activities">Activities of the period.</param>
    /// <param name="activitySource">Name of the activity source, as the report says it.</param>
    /// <param name="publicationUnits">For each publication counted in the period, the <c>unit:</c> of its article (or null).</param>
    public static ReportSection Section(PlanDocument plan, IReadOnlyList<PlanActivity> activities, string activitySource, IReadOnlyList<string?> publicationUnits)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(publicationUnits);
        var names = plan.Tasks.Select(t => t.Lead).Concat(plan.Tasks.SelectMany(t => t.Partners)).Concat(activities.Select(a => a.Unit)).Concat(publicationUnits)
            .OfType<string>().Select(n => n.Trim()).Where(n => n.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var unit in names)
        {
            bool Same(string? other) => string.Equals(other?.Trim(), unit, StringComparison.OrdinalIgnoreCase);
            var leads = plan.Tasks.Where(t => Same(t.Lead)).Select(t => t.Id).ToList();
            var supports = plan.Tasks.Where(t => t.Partners.Any(Same)).Select(t => t.Id).ToList();
            var done = activities.Where(a => Same(a.Unit)).ToList();
            var total = ActivityQuantities.Total(done.Select(a => a.Quantities));
            rows.Add([
                ReportCell.Of(rows.Count + 1), ReportCell.Of(unit), ReportCell.Of(string.Join(", ", leads)), ReportCell.Of(string.Join(", ", supports)),
                ReportCell.Of(publicationUnits.Count(Same)), ReportCell.Of(done.Count),
                .. ActivityQuantities.Keys.Select(k => ReportCell.Of(total[k.Key]?.ToString(CultureInfo.InvariantCulture) ?? string.Empty)),
            ]);
        }

        var unassigned = activities.Where(a => string.IsNullOrWhiteSpace(a.Unit)).ToList();
        var unassignedPublications = publicationUnits.Count(string.IsNullOrWhiteSpace);
        if (unassigned.Count > 0 || unassignedPublications > 0)
        {
            var total = ActivityQuantities.Total(unassigned.Select(a => a.Quantities));
            rows.Add([
                ReportCell.Of(string.Empty), ReportCell.Of("Chưa ghi đơn vị thực hiện"), ReportCell.Of(string.Empty), ReportCell.Of(string.Empty),
                ReportCell.Of(unassignedPublications), ReportCell.Of(unassigned.Count), .. ActivityQuantities.Keys.Select(k => ReportCell.Of(total[k.Key]?.ToString(CultureInfo.InvariantCulture) ?? string.Empty)),
            ]);
        }

        return new ReportSection("4. Kết quả theo đơn vị chủ trì, phối hợp",
            [rows.Count == 0
                ? "Kế hoạch chưa phân công đơn vị (khóa lead, partners) và chưa có tin, bài hay hoạt động ghi đơn vị (khóa unit)."
                : $"Nhiệm vụ được giao theo Phụ lục kế hoạch; tin, bài đã đăng, phát theo \"{PlanReportBuilder.LedgerSource}\" (khóa unit trong phần đầu bài); "
                  + $"hoạt động và số lượng theo \"{activitySource}\" có ghi đơn vị thực hiện (khóa unit)."],
            new ReportTable(["TT", "Đơn vị", "Chủ trì nhiệm vụ", "Phối hợp nhiệm vụ", "Tin, bài đã đăng, phát", "Hoạt động đã ghi nhận", .. ActivityQuantities.Keys.Select(k => k.Label)], rows),
            "Theo đơn vị");
    }

    /// <summary>"45 người tham dự; 500 tờ rơi" style text of the quantities present.</summary>
    public static string Describe(ActivityQuantities quantities)
    {
        ArgumentNullException.ThrowIfNull(quantities);
        return string.Join("; ", ActivityQuantities.Keys
            .Where(k => quantities[k.Key] is not null)
            .Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Label}: {quantities[k.Key]}")));
    }
}
