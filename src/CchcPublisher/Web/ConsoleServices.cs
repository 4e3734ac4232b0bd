using CchcPublisher.Content;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Province;
using CchcPublisher.Publishing;
using CchcPublisher.Queries;
using CchcPublisher.Web.Security;
using CchcPublisher.Web.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Web;

/// <summary>
/// The worker's services the console uses. Console-wide ones (users, audit trail, clock, console settings) come
/// from the worker's container. The commune's (ledger, content, queries, confirmations) come from the worker's
/// container too in a single-commune installation, and from the request's <see cref="CurrentCommune"/> in a
/// province one (the worker then has an <see cref="ICommuneDirectory"/>).
/// </summary>
internal static class ConsoleServices
{
    public static void Forward(IServiceCollection services, IServiceProvider main)
    {
        Singleton<TimeProvider>(services, main);
        Singleton<IOptions<WebConsoleOptions>>(services, main);
        Singleton<UserStore>(services, main);
        Singleton<AuditTrail>(services, main);
        services.AddScoped<CurrentCommune>();
        var directory = main.GetService<ICommuneDirectory>();
        if (directory is not null)
        {
            services.AddSingleton(directory);
            services.AddTransient<ProvinceOverviewQuery>();
        }

        var commune = new CommuneForwarder(services, main, directory is not null);
        commune.Singleton<ILedger>();
        commune.Singleton<IContentLoader>();
        commune.Singleton<IOptions<PathOptions>>();
        commune.Singleton<IOptions<CommuneOptions>>();
        commune.Singleton<PublishRunner>();
        commune.Singleton<ManualConfirmation>();
        commune.Singleton<Withdrawal>();
        commune.Transient<StatusQuery>();
        commune.Transient<QueueQuery>();
        commune.Transient<ChannelCheckQuery>();
        commune.Transient<LedgerListQuery>();
        commune.Transient<OverviewQuery>();
        commune.Transient<RadioProgramsQuery>();
        commune.Transient<CalendarQuery>();
        commune.Transient<PlanStatusQuery>();
        commune.Transient<PlanNextQuery>();
        commune.Transient<ReportCalendarQuery>();
        commune.Singleton<Plan.ActivityRecorder>();
        commune.Optional<Channels.Facebook.FacebookPostRenderer>();
        commune.Singleton<IOptions<Plan.PlanOptions>>();
        commune.Singleton<Channels.Radio.Programs.BroadcastConfirmation>();
        commune.Singleton<Channels.Radio.Programs.RadioProgramService>();
        commune.Transient<QueueReorder>();
        commune.Singleton<Approval.ApprovalService>();
        commune.Transient<ApprovalQueueQuery>();
        commune.Transient<ArticleListQuery>();
        commune.Transient<Content.Editing.DraftChecker>();
        commune.Singleton<Content.Editing.ArticleFileStore>();
        commune.Singleton<Preview.ArticlePreview>();
    }

    /// <summary>The worker's instance itself: registered as an instance, so that the console's container never disposes it.</summary>
    private static void Singleton<T>(IServiceCollection services, IServiceProvider main)
        where T : class => services.AddSingleton(main.GetRequiredService<T>());

    /// <summary>Registers a commune service: the worker's own, or the selected commune's.</summary>
    private sealed class CommuneForwarder(IServiceCollection services, IServiceProvider main, bool perRequest)
    {
        public void Singleton<T>()
            where T : class
        {
            if (perRequest)
            {
                services.AddTransient(sp => sp.GetRequiredService<CurrentCommune>().Get<T>());
            }
            else
            {
                services.AddSingleton(main.GetRequiredService<T>());
            }
        }

        /// <summary>A service the commune may not have (its channel is turned off): null then.</summary>
        public void Optional<T>()
            where T : class
        {
            if (perRequest)
            {
                services.AddTransient(sp => sp.GetRequiredService<CurrentCommune>().Services?.GetService<T>()!);
            }
            else if (main.GetService<T>() is { } instance)
            {
                services.AddSingleton(instance);
            }
        }

        public void Transient<T>()
            where T : class
        {
            if (perRequest)
            {
                services.AddTransient(sp => sp.GetRequiredService<CurrentCommune>().Get<T>());
            }
            else
            {
                services.AddTransient(_ => main.GetRequiredService<T>());
            }
        }
    }
}
