using CchcPublisher.Hosting;
using CchcPublisher.Ledger.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Ledger;

internal static class LedgerRegistration
{
    /// <summary>
    /// The ledger named by <c>Ledger:Provider</c>: SQLite at <c>Ledger:DatabasePath</c> (default
    /// <c>&lt;data&gt;/cchc.db</c>), or PostgreSQL at <c>Ledger:ConnectionString</c> in schema <c>Ledger:Schema</c>.
    /// </summary>
    public static IHostApplicationBuilder AddLedger(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LedgerOptions>()
            .BindConfiguration(LedgerOptions.SectionName)
            .Validate(o => o.BusyTimeout > TimeSpan.Zero, "Ledger:BusyTimeout phải lớn hơn 0.")
            .Validate(o => o.Provider != LedgerProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Ledger:ConnectionString là bắt buộc khi Ledger:Provider = Postgres (đặt qua biến môi trường Ledger__ConnectionString).")
            .Validate(o => o.Provider != LedgerProvider.Postgres || PostgresLedgerRegistration.IsValidSchema(o.Schema),
                "Ledger:Schema chỉ gồm chữ cái, chữ số và '_' (tối đa 63 ký tự).")
            .ValidateOnStart();
        builder.Services.AddSingleton<ILedger>(services =>
        {
            var options = services.GetRequiredService<IOptions<LedgerOptions>>().Value;
            if (options.Provider == LedgerProvider.Postgres)
            {
                return PostgresLedgerRegistration.Create(options);
            }

            return new SqliteLedger(SqlitePath(options, services.GetRequiredService<IOptions<PathOptions>>().Value), options.BusyTimeout);
        });
        return builder;
    }

    /// <summary>The SQLite ledger file: <c>Ledger:DatabasePath</c>, or <c>&lt;data&gt;/cchc.db</c>.</summary>
    public static string SqlitePath(LedgerOptions options, PathOptions paths)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        return string.IsNullOrWhiteSpace(options.DatabasePath)
            ? Path.Combine(paths.DataRoot, "cchc.db")
            : paths.Resolve(options.DatabasePath);
    }
}
