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

    /// <summary>Removes one Quartz scheduler's rows (a test's cluster) from every Quartz table.</summary>
    public static async Task DeleteQuartzSchedulerAsync(string connectionString, string schedulerName)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            DO $$ DECLARE t text; BEGIN
              FOR t IN SELECT table_name FROM information_schema.columns
                       WHERE table_schema = current_schema() AND table_name LIKE 'qrtz%' AND column_name = 'sched_name'
                       -- children before the tables their foreign keys point at
                       ORDER BY CASE table_name WHEN 'qrtz_job_details' THEN 2 WHEN 'qrtz_triggers' THEN 1 ELSE 0 END LOOP
                EXECUTE format('DELETE FROM %I WHERE sched_name = %L', t, current_setting('cchc.scheduler'));
              END LOOP;
            END $$;
            """, connection);
        await using (var set = new NpgsqlCommand("SELECT set_config('cchc.scheduler', @name, false);", connection))
        {
            set.Parameters.AddWithValue("name", schedulerName);
            await set.ExecuteNonQueryAsync();
        }

        await command.ExecuteNonQueryAsync();
    }
}
