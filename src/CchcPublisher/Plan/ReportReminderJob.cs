using Quartz;

namespace CchcPublisher.Plan;

/// <summary>Daily: warns about every report due soon (see <see cref="ReportReminder"/>).</summary>
[DisallowConcurrentExecution]
internal sealed class ReportReminderJob(ReportReminder reminder) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await reminder.RunAsync(cancellationToken);
    }
}
