using CchcPublisher.Ledger.Postgres;
using Npgsql;

namespace CchcPublisher.IntegrationTests.TestSupport;

/// <summary>
/// The PostgreSQL server the tests use: <c>CCHC_TEST_POSTGRES</c> holds its connection string (<c>.ci/run</c> sets
/// it for the loopback server it starts). Each test gets its own schema, dropped afterwards.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "CCHC_TEST_POSTGRES";

    /// <summary>The connection string, or a skip (locally) / failure (in CI) when none is configured.</summary>
    public static string RequireConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        RequiredComponent.SkipOrFailWhen(string.IsNullOrWhiteSpace(value),
            $"PostgreSQL not configured: set {Variable} (e.g. Host=127.0.0.1;Username=cchc;Password=cchc;Database=cchc_test).");
        return value!;
    }

    public static string NewSchema() => "t_" + Guid.NewGuid().ToString("N");

    public static async Task DropSchemaAsync(string connectionString, string schema)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {PostgresLedger.QuoteIdentifier(schema)} CASCADE;", connection);
        await command.ExecuteNonQueryAsync();
    }
}
