using CchcPublisher.Plan;
using CchcPublisher.Plan.Reports;

namespace CchcPublisher.Queries;

/// <summary>
/// A plan's progress as of a day (the current plan by default) and its period reports, through the same plan
/// services as <c>plan status</c> and <c>plan report</c>. Read by the console's plan page.
/// </summary>
internal sealed class PlanStatusQuery(PlanSession session, PlanProgressService progress, PlanReportBuilder reports, Microsoft.Extensions.Options.IOptions<PlanOptions> options)
{
    public async Task<PlanStatusView> GetAsync(string? planId, CancellationToken cancellationToken)
    {
        var (workspace, plan, asOf, problem) = await LoadAsync(planId, cancellationToken);
        var errors = workspace.Plans.Diagnostics.Count(d => d.IsError);
        if (plan is null)
        {
            return new PlanStatusView(workspace.Plans.Plans, null, problem, errors);
        }

        var status = await progress.EvaluateAsync(plan, workspace.Plans.Activities, workspace.Content.Taxonomy, null, asOf, cancellationToken);
        return new PlanStatusView(workspace.Plans.Plans, status, null, errors);
    }

    /// <summary>The period report (quarter, half or year containing today) in a format; null with a reason when there is no such plan.</summary>
    public async Task<(byte[]? Bytes, string FileName, string? Problem)> ReportAsync(
        string? planId, ReportPeriodKind period, ReportFormat format, CancellationToken cancellationToken)
    {
        var (workspace, plan, asOf, problem) = await LoadAsync(planId, cancellationToken);
        if (plan is null)
        {
            return (null, string.Empty, problem);
        }

        var reportPeriod = PlanReportBuilder.PeriodFor(plan, period, asOf, options.Value.ReportPeriods);
        var window = reportPeriod.Days;
        var report = await reports.BuildAsync(workspace, plan, window, asOf, cancellationToken, reportPeriod.Name);
        var extension = format switch { ReportFormat.Docx => "docx", ReportFormat.Xlsx => "xlsx", _ => "md" };
        var temp = Path.Combine(Path.GetTempPath(), $"cchc-bao-cao-{Guid.NewGuid():N}.{extension}");
        try
        {
            switch (format)
            {
                case ReportFormat.Docx:
                    await DocxReportWriter.WriteAsync(report, temp, cancellationToken);
                    break;
                case ReportFormat.Xlsx:
                    await XlsxReportWriter.WriteAsync(report, temp, cancellationToken);
                    break;
                default:
                    await MarkdownReportWriter.WriteAsync(report, temp, cancellationToken);
                    break;
            }

            var name = $"bao-cao-{plan.Id}-{period.ToString().ToLowerInvariant()}-{window.Start:yyyyMMdd}-{window.End:yyyyMMdd}.{extension}";
            return (await File.ReadAllBytesAsync(temp, cancellationToken), name, null);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private async Task<(PlanWorkspace Workspace, PlanDocument? Plan, DateOnly AsOf, string? Problem)> LoadAsync(string? planId, CancellationToken cancellationToken)
    {
        var asOf = session.Today();
        var workspace = await session.LoadAsync(cancellationToken);
        var (plan, problem) = workspace.Plans.Choose(planId, asOf);
        return (workspace, plan, asOf, problem);
    }
}
