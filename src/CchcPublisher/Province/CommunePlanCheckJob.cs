using CchcPublisher.Cli;
using CchcPublisher.Plan;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CchcPublisher.Province;

/// <summary>
/// One commune's weekly plan check in a province worker (the single-commune worker's <see cref="PlanProgressJob"/>):
/// warnings for targets behind schedule and started tasks with no output, in the commune's own words and log.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class CommunePlanCheckJob(CommuneHosts communes, ProvinceRoot root, ILogger<CommunePlanCheckJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var commune = context.JobDetail.Key.Name;
        if (!CommuneTenant.List(root.Path).Contains(commune, StringComparer.Ordinal))
        {
            await context.Scheduler.DeleteJob(context.JobDetail.Key, cancellationToken);
            return;
        }

        try
        {
            var statuses = await communes.Get(commune).GetRequiredService<PlanProgressCheck>().RunAsync(cancellationToken);
            Checked(logger, commune, statuses.Sum(s => s.Behind.Count()));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            CheckFailed(logger, commune, SettingsErrors.Describe(ex) ?? ex.Message, ex);
        }
    }

    [LoggerMessage(2107, LogLevel.Information, "Xã {Commune}: đã kiểm tra tiến độ kế hoạch, {Behind} chỉ tiêu đang chậm.")]
    private static partial void Checked(ILogger logger, string commune, int behind);

    [LoggerMessage(2108, LogLevel.Error, "Xã {Commune}: không kiểm tra được tiến độ kế hoạch ({Reason}).")]
    private static partial void CheckFailed(ILogger logger, string commune, string reason, Exception exception);
}
