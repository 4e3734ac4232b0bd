using CchcPublisher.Hosting;
using CchcPublisher.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace CchcPublisher.Scheduling;

internal static class SchedulingRegistration
{
    /// <summary>
    /// The worker: Quartz runs <see cref="PublishDueJob"/> at start, at every column slot (cron in the commune's
    /// time zone), at the next due instant, on content changes and on a periodic sweep.
    /// </summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulingOptions>()
            .BindConfiguration(SchedulingOptions.SectionName)
            .Validate(o => o.SweepInterval > TimeSpan.Zero && o.ContentPollInterval > TimeSpan.Zero && o.ContentDebounce >= TimeSpan.Zero,
                "Scheduling: SweepInterval và ContentPollInterval phải lớn hơn 0, ContentDebounce không được âm.")
            .ValidateOnStart();
        builder.Services.AddSingleton<NextDueTrigger>();
        // The worker lives long: its content loader may keep the last snapshot while a watch vouches for the folder.
        builder.Services.AddSingleton<Content.ContentSnapshotCaching>();
        builder.Services.AddTransient<PublishDueJob>();
        builder.Services.AddQuartz(q =>
        {
            q.AddJob<PublishDueJob>(j => j.WithIdentity(JobKeys.PublishDue).StoreDurably());
            q.AddTrigger(t => t.WithIdentity(JobKeys.Startup).ForJob(JobKeys.PublishDue).StartNow());
            q.AddTrigger((services, t) =>
            {
                var interval = services.GetRequiredService<IOptions<SchedulingOptions>>().Value.SweepInterval;
                var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
                t.WithIdentity(JobKeys.Sweep)
                    .ForJob(JobKeys.PublishDue)
                    .StartAt(now + interval)
                    .WithSchedule(SimpleScheduleBuilder.Create()
                        .WithInterval(interval)
                        .RepeatForever()
                        .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount));
            });
            foreach (var column in ConfiguredColumns(builder))
            {
                // Slots fire in the commune's zone; Quartz handles the calendar, we never add hours by hand.
                q.AddTrigger((services, t) => t
                    .WithIdentity(JobKeys.Column(column.Key))
                    .ForJob(JobKeys.PublishDue)
                    .WithSchedule(CronScheduleBuilder.Create(column.Cron)
                        .InTimeZone(services.GetRequiredService<IOptions<CommuneOptions>>().Value.GetTimeZone())
                        .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            }
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.AddHostedService<ContentWatcher>();
        return builder;
    }

    private static List<ColumnOptions> ConfiguredColumns(IHostApplicationBuilder builder)
    {
        var columns = builder.Configuration.GetSection($"{PublishingOptions.SectionName}:{nameof(PublishingOptions.Columns)}")
            .GetChildren()
            .Select(c => new ColumnOptions { Key = c[nameof(ColumnOptions.Key)] ?? string.Empty, Cron = c[nameof(ColumnOptions.Cron)] ?? string.Empty })
            .Where(c => c.Key.Length > 0 && c.Cron.Length > 0)
            .ToList();
        return columns.Count > 0 ? columns : [PublishingOptions.DefaultColumn];
    }
}
