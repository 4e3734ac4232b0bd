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
                ? PostgresStore(options)
                : new SqliteApprovalStore(
                    LedgerRegistration.SqlitePath(options, services.GetRequiredService<IOptions<PathOptions>>().Value), options.BusyTimeout);
        });
        builder.Services.AddSingleton<ApprovalGate>();
        builder.Services.AddSingleton<ApprovalService>();
        return builder;
    }

    /// <summary>
    /// Apart from the factory above so that a commune on SQLite never loads Npgsql: compiling a method that names
    /// <c>NpgsqlDataSource</c> loads the assembly (0.7 MB resident in an idle worker).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static PostgresApprovalStore PostgresStore(LedgerOptions options) =>
        new(PostgresLedgerRegistration.SharedDataSource(options), options.Schema);
}
