using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Cli;
using CchcPublisher.Publishing;
using CchcPublisher.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CchcPublisher.Province;

/// <summary>
/// One commune's publishing run in a province worker (the job is named by the commune's id). Quartz runs one at
/// a time per commune across the cluster; the ledger's publish lock and row-locked claims make that hold even
/// against a manual <c>publish --commune</c>. After the run it prepares the commune's radio programs due soon. A failure is logged for this commune only.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class CommunePublishJob(CommuneHosts communes, NextDueTrigger nextDue, ProvinceRoot root, ILogger<CommunePublishJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var commune = context.JobDetail.Key.Name;
        if (!CommuneTenant.List(root.Path).Contains(commune, StringComparer.Ordinal))
        {
            // The commune's folder was removed: its jobs go with it.
            CommuneRemoved(logger, commune);
            await context.Scheduler.DeleteJob(context.JobDetail.Key, cancellationToken);
            return;
        }

        try
        {
            var services = communes.Get(commune);
            RunStarted(logger, commune, context.Recovering);
            var result = await services.GetRequiredService<PublishRunner>().RunAsync(new PublishRequest(), progress: null, cancellationToken);
            await nextDue.SetAsync(context.Scheduler, result.NextDueAt, ProvinceJobKeys.Publish(commune), ProvinceJobKeys.NextDue(commune), cancellationToken);

            // The radio programs of slots coming up (the single-commune worker has its own job for this); the sweep
            // runs this job every Scheduling:SweepInterval, well inside Radio:PrepareAhead.
            var programs = services.GetService<DueProgramPreparer>() is { } radio ? await radio.PrepareDueAsync(cancellationToken) : 0;
            RunFinished(logger, commune, result.Items.Count, programs);
            Hosting.WorkerMemory.ReturnAfterLargeWork();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            RunFailed(logger, commune, SettingsErrors.Describe(ex) ?? ex.Message, ex);
        }
    }

    [LoggerMessage(2101, LogLevel.Information, "Xã {Commune}: bắt đầu đăng (tiếp quản sau sự cố: {Recovering}).")]
    private static partial void RunStarted(ILogger logger, string commune, bool recovering);

    [LoggerMessage(2102, LogLevel.Information, "Xã {Commune}: xong, {Count} mục đã xử lý, {Programs} chương trình phát thanh đã chuẩn bị.")]
    private static partial void RunFinished(ILogger logger, string commune, int count, int programs);

    [LoggerMessage(2103, LogLevel.Error, "Xã {Commune}: lần chạy lỗi ({Reason}); các xã khác vẫn chạy.")]
    private static partial void RunFailed(ILogger logger, string commune, string reason, Exception exception);

    [LoggerMessage(2104, LogLevel.Warning, "Xã {Commune}: thư mục không còn; xóa lịch của xã này.")]
    private static partial void CommuneRemoved(ILogger logger, string commune);
}
