using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using CchcPublisher.Cli;
using CchcPublisher.Hosting;
using CchcPublisher.Web;
using CchcPublisher.Ledger;
using CchcPublisher.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace CchcPublisher.Province;

/// <summary>
/// <c>run</c> in a province installation (<c>Province:Root</c> set, no <c>--commune</c>): one worker for every
/// commune under the root, one Quartz job per commune. With <c>Ledger:Provider = Postgres</c> the jobs live in
/// Quartz's clustered ADO.NET job store in the same database, so any number of workers share them and a dead
/// worker's communes are taken over (see <see cref="ProvinceOptions"/> for the timings); otherwise the jobs are in
/// memory, for a single machine.
/// </summary>
internal static class ProvinceWorker
{
    /// <summary>The host to run, or null when this is not a province installation.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Quartz's PostgreSQL job store loads Npgsql by name and serializes job data by reflection: refused in the trimmed build (see the check before UsePersistentStore).")]
    public static HostApplicationBuilder? CreateBuilder(CliContext context, ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (parseResult.GetValue(GlobalOptions.Commune) is not null)
        {
            return null;
        }

        var builder = CliHost.CreateConfiguredBuilder(context, parseResult, worker: true);
        if (CommuneTenant.Root(builder.Configuration, builder.Environment.ContentRootPath) is not { } root)
        {
            return null;
        }

        if (parseResult.GetValue(GlobalOptions.Content) is not null || parseResult.GetValue(GlobalOptions.Data) is not null)
        {
            throw new CliException("--content và --data không dùng cho dịch vụ cấp tỉnh: mỗi xã dùng thư mục của mình trong Province:Root (hoặc Paths:* trong commune.json của xã).");
        }

        var province = builder.Configuration.GetSection(ProvinceOptions.SectionName).Get<ProvinceOptions>() ?? new ProvinceOptions();
        var ledger = builder.Configuration.GetSection(LedgerOptions.SectionName).Get<LedgerOptions>() ?? new LedgerOptions();
        builder.Services.AddOptions<ProvinceOptions>().BindConfiguration(ProvinceOptions.SectionName)
            .Validate(o => o.CheckinInterval > TimeSpan.Zero && o.CheckinMisfireThreshold > TimeSpan.Zero && o.MisfireThreshold > TimeSpan.Zero,
                "Province: CheckinInterval, CheckinMisfireThreshold và MisfireThreshold phải lớn hơn 0.")
            .ValidateOnStart();
        builder.Services.AddOptions<Scheduling.SchedulingOptions>().BindConfiguration(Scheduling.SchedulingOptions.SectionName)
            .Validate(o => o.SweepInterval > TimeSpan.Zero, "Scheduling:SweepInterval phải lớn hơn 0.")
            .ValidateOnStart();
        builder.Services.AddSingleton(context.Time);
        builder.Services.AddSingleton(new ProvinceRoot(root));
        builder.Services.AddSingleton(new CommuneHosts(context, parseResult));
        builder.Services.AddSingleton<NextDueTrigger>();
        builder.Services.AddTransient<CommunePublishJob>();
        builder.Services.AddTransient<CommunePlanCheckJob>();
        builder.Services.AddQuartz(q =>
        {
            q.UseTimeProvider(context.Time);
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = province.SchedulerName;
                s.GenerateInstanceId = true;
            });
            if (ledger.Provider == LedgerProvider.Postgres && !string.IsNullOrWhiteSpace(ledger.ConnectionString))
            {
                if (!System.Text.Json.JsonSerializer.IsReflectionEnabledByDefault)
                {
                    // The trimmed release build (docs/deployment) has no reflection-based serializer and trims Npgsql.
                    throw new CliException("Bản cài gọn (đã lược bớt, PublishTrimmed) chỉ dành cho máy của một xã: dịch vụ cấp tỉnh với lịch chung trên PostgreSQL cần bản cài đầy đủ (dotnet publish không có -p:PublishTrimmed=true).");
                }

                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(ledger.ConnectionString);
                    store.UseSystemTextJsonSerializer();
                    store.ProvisionSchema();
                    store.ConfigureStore(o => o.MisfireThreshold = province.MisfireThreshold);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = province.CheckinInterval;
                        c.CheckinMisfireThreshold = province.CheckinMisfireThreshold;
                    });
                });
            }
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.AddHostedService<ProvinceSchedule>();

        // The province console: a commune switcher, the province overview, and each commune's pages. Its users and
        // audit trail live in the province's data folder (Paths:Data of province.json); a commune's own users
        // (users add --commune ID) see only their commune.
        builder.AddPaths();
        builder.Services.AddSingleton<ICommuneDirectory, CommuneDirectory>();
        builder.AddWebConsole();
        return builder;
    }
}
