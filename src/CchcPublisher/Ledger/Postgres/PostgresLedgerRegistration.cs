using Npgsql;

namespace CchcPublisher.Ledger.Postgres;

/// <summary>Builds the PostgreSQL ledger for <see cref="LedgerRegistration.AddLedger"/>.</summary>
internal static class PostgresLedgerRegistration
{
    public static bool IsValidSchema(string? schema) =>
        !string.IsNullOrEmpty(schema) && schema.Length <= 63 && schema.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>One pooled data source per process (owned by the container, disposed with it).</summary>
    public static ILedger Create(LedgerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dataSource = NpgsqlDataSource.Create(options.ConnectionString!);
        return new PostgresLedger(dataSource, options.Schema);
    }
}
