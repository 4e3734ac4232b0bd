using CchcPublisher.Cli;
using CchcPublisher.Hosting;
using CchcPublisher.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace CchcPublisher.Province;

/// <summary>
/// At a worker's start, writes every commune's job and triggers into the scheduler (in a cluster: into the shared
/// job store, replacing what another worker wrote, so the last started worker's view of the folders wins): a run
/// now, the periodic sweep, and each column slot as a cron in the commune's zone. A commune whose settings are
/// broken still gets its job and sweep, so that it recovers once fixed; its column slots come with the next start.
/// </summary>
internal sealed partial class ProvinceSchedule(
    ISchedulerFactory schedulers,
    CommuneHosts communes,
    ProvinceRoot root,
    IOptions<Scheduling.SchedulingOptions> scheduling,
    TimeProvider time,
    ILogger<ProvinceSchedule> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var ids = CommuneTenant.List(root.Path);
        Found(logger, ids.Count, root.Path);
        foreach (var id in ids)
        {
            await ScheduleCommuneAsync(scheduler, id, cancellationToken);
        }

        await base.StartAsync(cancellationToken);
    }

    /// <summary>A commune folder added while the workers run is scheduled at the next look (every sweep interval).</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(scheduling.Value.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var scheduler = await schedulers.GetScheduler(stoppingToken);
            foreach (var id in CommuneTenant.List(root.Path))
            {
                if (!await scheduler.Exists(ProvinceJobKeys.Publish(id), stoppingToken))
                {
                    Added(logger, id);
                    await ScheduleCommuneAsync(scheduler, id, stoppingToken);
                }
            }
        }
    }

    private async Task ScheduleCommuneAsync(IScheduler scheduler, string id, CancellationToken cancellationToken)
    {
        var job = JobBuilder.Create<CommunePublishJob>()
            .WithIdentity(ProvinceJobKeys.Publish(id))
            .StoreDurably()
            .RequestRecovery() // a run cut short by a dead worker is run again by another one
            .Build();
        await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
        await ScheduleAsync(scheduler, TriggerBuilder.Create(time).WithIdentity(ProvinceJobKeys.Startup(id)).ForJob(job.Key).StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)).Build(), cancellationToken);
        var interval = scheduling.Value.SweepInterval;
        await ScheduleAsync(scheduler, TriggerBuilder.Create(time).WithIdentity(ProvinceJobKeys.Sweep(id)).ForJob(job.Key)
            .StartAt(time.GetUtcNow() + interval)
            .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)).Build(), cancellationToken);
        try
        {
            var services = communes.Get(id);
            var zone = services.GetRequiredService<IOptions<CommuneOptions>>().Value.GetTimeZone();
            var columns = services.GetRequiredService<IOptions<PublishingOptions>>().Value.Columns;
            var planCheck = JobBuilder.Create<CommunePlanCheckJob>().WithIdentity(ProvinceJobKeys.PlanCheck(id)).StoreDurably().Build();
            await scheduler.AddJob(planCheck, AddJobOptions.Replacing, cancellationToken);
            await ScheduleAsync(scheduler, TriggerBuilder.Create(time).WithIdentity(ProvinceJobKeys.PlanCheckWeekly(id)).ForJob(planCheck.Key)
                .WithSchedule(CronScheduleBuilder.Create(Plan.PlanJobKeys.WeeklyCron).InTimeZone(zone)
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)).Build(), cancellationToken);
            foreach (var column in columns.Count > 0 ? columns : [PublishingOptions.DefaultColumn])
            {
                await ScheduleAsync(scheduler, TriggerBuilder.Create(time).WithIdentity(ProvinceJobKeys.Column(id, column.Key)).ForJob(job.Key)
                    .WithSchedule(CronScheduleBuilder.Create(column.Cron).InTimeZone(zone)
                        .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)).Build(), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            CommuneBroken(logger, id, SettingsErrors.Describe(ex) ?? ex.Message);
        }
    }

    private static async Task ScheduleAsync(IScheduler scheduler, ITrigger trigger, CancellationToken cancellationToken) =>
        await scheduler.ScheduleJob(trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);

    [LoggerMessage(2105, LogLevel.Information, "Cài đặt cấp tỉnh: {Count} xã trong {Root}.")]
    private static partial void Found(ILogger logger, int count, string root);

    [LoggerMessage(2107, LogLevel.Information, "Xã mới {Commune}: đã lập lịch.")]
    private static partial void Added(ILogger logger, string commune);

    [LoggerMessage(2106, LogLevel.Error, "Xã {Commune}: không đọc được cấu hình ({Reason}); xã này chỉ chạy theo chu kỳ quét cho đến khi sửa xong.")]
    private static partial void CommuneBroken(ILogger logger, string commune, string reason);
}
