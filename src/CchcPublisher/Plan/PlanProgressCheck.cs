using System.Globalization;
using Microsoft.Extensions.Logging;

namespace CchcPublisher.Plan;

/// <summary>
/// The logic behind the weekly job: evaluates every plan whose period holds today and logs what is behind.
/// </summary>
internal sealed class PlanProgressCheck(PlanSession session, PlanProgressService progress, ILogger<PlanProgressCheck> logger)
{
    /// <returns>The statuses evaluated (for tests).</returns>
    public async Task<IReadOnlyList<PlanStatus>> RunAsync(CancellationToken cancellationToken)
    {
        var workspace = await session.LoadAsync(cancellationToken);
        var errors = workspace.Plans.Diagnostics.Count(d => d.IsError);
        if (errors > 0)
        {
            logger.PlanContentErrors(errors);
        }

        var today = session.Today();
        var plans = workspace.Plans.Plans.Where(p => p.Period.Contains(today)).ToList();
        if (plans.Count == 0)
        {
            logger.NoPlan();
            return [];
        }

        var statuses = new List<PlanStatus>();
        foreach (var plan in plans)
        {
            var status = await progress.EvaluateAsync(plan, workspace.Plans.Activities, workspace.Content.Taxonomy, null, today, cancellationToken);
            statuses.Add(status);
            foreach (var target in status.Behind)
            {
                logger.TargetBehind(plan.Id, target.Label, target.Done, target.ExpectedSoFar, target.Required);
            }

            foreach (var task in status.IdleTasks)
            {
                logger.TaskWithoutOutput(plan.Id, task.Task.Id, task.Task.Name);
            }

            if (!status.Behind.Any() && !status.IdleTasks.Any())
            {
                logger.PlanOnTrack(plan.Id, today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
            }
        }

        return statuses;
    }
}
