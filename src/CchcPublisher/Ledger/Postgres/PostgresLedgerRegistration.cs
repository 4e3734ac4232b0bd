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
        var dataSource = DataSources.GetOrAdd(options.ConnectionString!, NpgsqlDataSource.Create);
        return new PostgresLedger(dataSource, options.Schema, ownsDataSource: false);
    }
}
