using Quartz;

namespace CchcPublisher.Channels.Radio.Programs;

/// <summary>The single-commune worker's check, every few minutes, for a broadcast slot coming up (see <see cref="DueProgramPreparer"/>).</summary>
[DisallowConcurrentExecution]
internal sealed class PrepareProgramsJob(DueProgramPreparer preparer) : IJob
{
    public static readonly JobKey Key = new("radio-programs", "cchc");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await preparer.PrepareDueAsync(cancellationToken);
}
