using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Ledger.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Approval;

internal static class ApprovalRegistration
{
    /// <summary>
    /// Approvals (<c>Approval:Required</c>), stored in the ledger's database: the same provider as the ledger,
    /// SQLite or PostgreSQL. Needs <c>AddLedger()</c> and <c>AddContent()</c>.
    /// </summary>
    public static IHostApplicationBuilder AddApproval(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApprovalOptions>()
            .BindConfiguration(ApprovalOptions.SectionName)
            .ValidateSettings(ApprovalOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IApprovalStore>(services =>
        {
            var options = services.GetRequiredService<IOptions<LedgerOptions>>().Value;
            return options.Provider == LedgerProvider.Postgres
                ? new PostgresApprovalStore(PostgresLedgerRegistration.SharedDataSource(options), options.Schema)
                : new SqliteApprovalStore(
                    LedgerRegistration.SqlitePath(options, services.GetRequiredService<IOptions<PathOptions>>().Value), options.BusyTimeout);
        });
        builder.Services.AddSingleton<ApprovalGate>();
        builder.Services.AddSingleton<ApprovalService>();
        return builder;
    }
}
