using CchcPublisher.Content;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Publishing;
using CchcPublisher.Queries;
using CchcPublisher.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Web;

/// <summary>The worker's services the console uses, taken from the worker's container (one ledger, one clock).</summary>
internal static class ConsoleServices
{
    public static void Forward(IServiceCollection services, IServiceProvider main)
    {
        Singleton<TimeProvider>(services, main);
        Singleton<ILedger>(services, main);
        Singleton<IContentLoader>(services, main);
        Singleton<IOptions<PathOptions>>(services, main);
        Singleton<IOptions<CommuneOptions>>(services, main);
        Singleton<IOptions<WebConsoleOptions>>(services, main);
        Singleton<PublishRunner>(services, main);
        Singleton<ManualConfirmation>(services, main);
        Singleton<UserStore>(services, main);
        Singleton<AuditTrail>(services, main);
        Transient<StatusQuery>(services, main);
        Transient<QueueQuery>(services, main);
        Transient<ChannelCheckQuery>(services, main);
        Transient<LedgerListQuery>(services, main);
        Transient<OverviewQuery>(services, main);
        Transient<RadioProgramsQuery>(services, main);
        Transient<CalendarQuery>(services, main);
        Transient<PlanStatusQuery>(services, main);
        Singleton<Channels.Radio.Programs.BroadcastConfirmation>(services, main);
        Singleton<Channels.Radio.Programs.RadioProgramService>(services, main);
        Transient<QueueReorder>(services, main);
        Singleton<Approval.ApprovalService>(services, main);
        Transient<ApprovalQueueQuery>(services, main);
    }

    /// <summary>The worker's instance itself: registered as an instance, so that the console's container never disposes it.</summary>
    private static void Singleton<T>(IServiceCollection services, IServiceProvider main)
        where T : class => services.AddSingleton(main.GetRequiredService<T>());

    private static void Transient<T>(IServiceCollection services, IServiceProvider main)
        where T : class => services.AddTransient(_ => main.GetRequiredService<T>());
}
