using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CchcPublisher.Queries;

internal static class QueriesRegistration
{
    /// <summary>Read-only query services shared by the command line and the console.</summary>
    public static IHostApplicationBuilder AddQueries(this IHostApplicationBuilder builder)
    {
        builder.Services.AddTransient<StatusQuery>();
        builder.Services.AddTransient<QueueQuery>();
        builder.Services.AddTransient<ApprovalQueueQuery>();
        builder.Services.AddTransient<ChannelCheckQuery>();
        builder.Services.AddTransient<LedgerListQuery>();
        builder.Services.AddTransient<OverviewQuery>();
        builder.Services.AddTransient<RadioProgramsQuery>();
        builder.Services.AddTransient<CalendarQuery>();
        builder.Services.AddTransient<PlanStatusQuery>();
        builder.Services.AddTransient<PlanNextQuery>();
        builder.Services.TryAddTransient<ReportCalendarQuery>();
        builder.Services.AddTransient<Publishing.QueueReorder>();
        builder.Services.AddTransient<ArticleListQuery>();
        builder.Services.AddTransient<Content.Editing.DraftChecker>();
        builder.Services.AddSingleton<Content.Editing.ArticleFileStore>();
        builder.Services.AddSingleton<Preview.ArticlePreview>();
        return builder;
    }
}
