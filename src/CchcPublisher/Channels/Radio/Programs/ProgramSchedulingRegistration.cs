using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace CchcPublisher.Channels.Radio.Programs;

internal static class ProgramSchedulingRegistration
{
    /// <summary>In the worker: checks every few minutes for a broadcast slot coming up and prepares its program.</summary>
    public static IHostApplicationBuilder AddRadioProgramScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddTransient<PrepareProgramsJob>();
        builder.Services.AddQuartz(q =>
        {
            q.AddJob<PrepareProgramsJob>(j => j.WithIdentity(PrepareProgramsJob.Key).StoreDurably());
            q.AddTrigger(t => t
                .WithIdentity(new TriggerKey("radio-programs", "cchc"))
                .ForJob(PrepareProgramsJob.Key)
                .StartNow()
                .WithSchedule(SimpleScheduleBuilder.Create()
                    .WithInterval(TimeSpan.FromMinutes(5))
                    .RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });
        return builder;
    }
}
