using CchcPublisher.Hosting;
using CchcPublisher.Publishing;
using Quartz;

namespace CchcPublisher.Scheduling;

/// <summary>Publishes what is due now, then points the next-due trigger at the next thing waiting (and, after a large run, gives memory back: <see cref="WorkerMemory"/>).</summary>
[DisallowConcurrentExecution]
internal sealed class PublishDueJob(PublishRunner runner, NextDueTrigger nextDue) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await runner.RunAsync(new PublishRequest(), progress: null, cancellationToken);
        await nextDue.SetAsync(context.Scheduler, result.NextDueAt, cancellationToken);
        WorkerMemory.ReturnAfterLargeWork();
    }
}
