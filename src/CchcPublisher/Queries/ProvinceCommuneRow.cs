namespace CchcPublisher.Queries;

/// <summary>
/// One commune in the province overview: its plan's progress (done of what was expected by today, over every
/// target), targets behind, publications that failed or whose outcome is unknown, items waiting for a person
/// (manual posts, broadcasts to confirm), and this week's output. <paramref name="Problem"/> when it could not be read.
/// </summary>
internal sealed record ProvinceCommuneRow(
    string Id,
    string Name,
    string? PlanTitle,
    int Done,
    int Expected,
    int Required,
    int TargetsBehind,
    int Failures,
    int Waiting,
    int PublishedWeek,
    int DueToday,
    string? Problem)
{
    /// <summary>Done as a share of what was expected by today, in percent (100 when nothing was expected yet); null without a plan.</summary>
    public int? ProgressPercent => PlanTitle is null ? null : Expected == 0 ? 100 : (int)Math.Min(999, Math.Round(100.0 * Done / Expected));

    public bool Behind => TargetsBehind > 0;
}
