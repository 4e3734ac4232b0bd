using System.Collections.Concurrent;
using Npgsql;

namespace CchcPublisher.Ledger.Postgres;

/// <summary>Builds the PostgreSQL ledger for <see cref="LedgerRegistration.AddLedger"/>.</summary>
internal static class PostgresLedgerRegistration
{
    public static bool IsValidSchema(string? schema) =>
        !string.IsNullOrEmpty(schema) && schema.Length <= 63 && schema.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static readonly ConcurrentDictionary<string, NpgsqlDataSource> DataSources = new(StringComparer.Ordinal);

    /// <summary>
    /// One pooled data source per connection string and process, shared by every commune's ledger (a province
    /// worker serves many communes: one pool each would exhaust the server's connections) and kept for the
    /// process's lifetime.
    /// </summary>
    public static ILedger Create(LedgerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new PostgresLedger(SharedDataSource(options), options.Schema, ownsDataSource: false);
    }

    /// <summary>The process-wide pool for the ledger's connection string (also used by the approval store).</summary>
    public static NpgsqlDataSource SharedDataSource(LedgerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return DataSources.GetOrAdd(options.ConnectionString!, NpgsqlDataSource.Create);
    }
}
