using Quartz;

namespace CchcPublisher.Plan;

/// <summary>Weekly: logs a warning for every target behind schedule and every started task with no output.</summary>
[DisallowConcurrentExecution]
internal sealed class PlanProgressJob(PlanProgressCheck check) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await check.RunAsync(cancellationToken);
    }
}
