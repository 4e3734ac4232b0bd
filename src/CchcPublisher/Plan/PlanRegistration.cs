using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Plan.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace CchcPublisher.Plan;

internal static class PlanRegistration
{
    /// <summary>
    /// Plans and activities (loader, progress, reports), the weekly progress check (a Quartz job every Monday
    /// at 08:00 in the commune's zone) and the daily report reminder (07:30) (it only runs where the Quartz hosted service runs, i.e. in the worker).
    /// Needs <c>AddCore()</c>, <c>AddContent()</c> and <c>AddLedger()</c>. Safe to call twice.
    /// </summary>
    public static IHostApplicationBuilder AddPlan(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(d => d.ServiceType == typeof(PlanLoader)))
        {
            return builder;
        }

        builder.Services.AddOptions<PlanOptions>()
            .BindConfiguration(PlanOptions.SectionName)
            .Validate(o => Enum.IsDefined(o.ReportPeriods), "Plan:ReportPeriods phải là Statutory (mốc chốt số liệu theo Nghị định 09/2019/NĐ-CP) hoặc Calendar (theo lịch).")
            .Validate(o => o.ReportReminderLead >= TimeSpan.Zero && o.ReportReminderLead <= TimeSpan.FromDays(90),
                "Plan:ReportReminderLead (số ngày nhắc trước hạn báo cáo) phải từ 0 đến 90 ngày, ví dụ \"7.00:00:00\".")
            .Validate(o => o.ReportDueAfterPeriodEnd >= TimeSpan.Zero && o.ReportDueAfterPeriodEnd <= TimeSpan.FromDays(60) && o.ReportDueAfterPeriodEnd.Ticks % TimeSpan.TicksPerDay == 0,
                "Plan:ReportDueAfterPeriodEnd (số ngày sau ngày chốt số liệu là hạn gửi báo cáo) phải là số ngày nguyên từ 0 đến 60, ví dụ \"1.00:00:00\".")
            .ValidateOnStart();
        builder.Services.TryAddSingleton<ILedgerStatistics>(services =>
            services.GetRequiredService<ILedger>() as ILedgerStatistics
            ?? throw new InvalidOperationException("The configured ledger does not provide aggregate counts (ILedgerStatistics)."));
        builder.Services.AddSingleton<PlanLoader>();
        builder.Services.AddSingleton<ActivityRecorder>();
        builder.Services.AddSingleton<PlanProgressService>();
        builder.Services.AddSingleton<PlanSession>();
        builder.Services.AddSingleton<PlanReportBuilder>();
        builder.Services.AddSingleton<PlanProgressCheck>();
        builder.Services.AddTransient<PlanProgressJob>();
        builder.Services.TryAddTransient<Queries.ReportCalendarQuery>();
        builder.Services.AddSingleton<ReportReminder>();
        builder.Services.AddTransient<ReportReminderJob>();
        builder.Services.AddQuartz(q =>
        {
            q.AddJob<PlanProgressJob>(j => j.WithIdentity(PlanJobKeys.WeeklyCheck).StoreDurably());
            q.AddTrigger((services, t) => t
                .WithIdentity(PlanJobKeys.WeeklyTrigger)
                .ForJob(PlanJobKeys.WeeklyCheck)
                .WithSchedule(CronScheduleBuilder.Create(PlanJobKeys.WeeklyCron)
                    .InTimeZone(services.GetRequiredService<IOptions<CommuneOptions>>().Value.GetTimeZone())
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            q.AddJob<ReportReminderJob>(j => j.WithIdentity(PlanJobKeys.ReportReminder).StoreDurably());
            q.AddTrigger((services, t) => t
                .WithIdentity(PlanJobKeys.ReportReminderTrigger)
                .ForJob(PlanJobKeys.ReportReminder)
                .WithSchedule(CronScheduleBuilder.Create(PlanJobKeys.ReminderCron)
                    .InTimeZone(services.GetRequiredService<IOptions<CommuneOptions>>().Value.GetTimeZone())
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        });
        return builder;
    }
}
