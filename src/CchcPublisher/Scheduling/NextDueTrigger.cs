using Microsoft.Extensions.Logging;
using Quartz;

namespace CchcPublisher.Scheduling;

/// <summary>Keeps one one-shot Quartz trigger at the next instant something is due (a publish time, a slot, a retry).</summary>
internal sealed partial class NextDueTrigger(TimeProvider time, ILogger<NextDueTrigger> logger)
{
    public Task SetAsync(IScheduler scheduler, DateTimeOffset? nextDue, CancellationToken cancellationToken) =>
        SetAsync(scheduler, nextDue, JobKeys.PublishDue, JobKeys.NextDue, cancellationToken);

    /// <summary>The same for another job (a commune's job in a province worker), with its own trigger key.</summary>
    public async Task SetAsync(IScheduler scheduler, DateTimeOffset? nextDue, JobKey job, TriggerKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        await scheduler.UnscheduleJob(key, cancellationToken);
        if (nextDue is not { } at)
        {
            return;
        }

        // Fire a second late so that the item is strictly due when the run looks at the clock.
        var fireAt = at.AddSeconds(1);
        if (fireAt <= time.GetUtcNow())
        {
            fireAt = time.GetUtcNow().AddSeconds(1);
        }

        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(key)
            .ForJob(job)
            .StartAt(fireAt)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
        NextRun(logger, at);
    }

    [LoggerMessage(2001, LogLevel.Debug, "Next publication due at {DueAt}")]
    private static partial void NextRun(ILogger logger, DateTimeOffset dueAt);
}
