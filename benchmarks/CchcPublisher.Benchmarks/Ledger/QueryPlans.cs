using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CchcPublisher.Benchmarks.Ledger;

/// <summary>
/// Prints SQLite's plan and one timing for the queries <c>status</c> sends, through Microsoft.Data.Sqlite (whose
/// bundled SQLite may plan differently from the <c>sqlite3</c> command). The SQL mirrors what
/// <c>SqliteLedger.ListAsync</c> builds for those queries.
/// </summary>
internal static class QueryPlans
{
    private const string Columns =
        "article_id, channel, state, due_at, column_key, remote_id, remote_url, content_hash, published_hash, attempts, " +
        "last_error, retry_after, title, categories, plan_task, source_path, created_at, updated_at, published_at";

    public static readonly (string Name, string Sql)[] StatusQueries =
    [
        // As SqliteLedger.ListAsync writes them (one sort direction since ledger migration 3).
        ("status problems", $"SELECT {Columns} FROM publications WHERE state IN ($s0, $s1, $s2, $s3) ORDER BY updated_at DESC, article_id DESC, channel DESC LIMIT 30"),
        ("status recent", $"SELECT {Columns} FROM publications ORDER BY updated_at DESC, article_id DESC, channel DESC LIMIT 30"),
        // PublishRunner.EarlierResultsAsync, once per article of a publishing run. The id is the middle of the 1,000,000-row
        // seed's key range (LedgerSeeder is deterministic); on other sizes it may match nothing, which still shows the plan.
        ("earlier results", $"SELECT {Columns} FROM publications WHERE state IN ('published') AND article_id = '2024/05/bai-0125001' ORDER BY updated_at DESC, article_id DESC, channel DESC"),
    ];

    /// <param name="setup">Statements run first (e.g. <c>CREATE INDEX</c> or <c>ANALYZE</c> to try a fix on a copy).</param>
    /// <param name="extra">More queries to explain and time (the <c>$s0</c>..<c>$s3</c> parameters are bound as above).</param>
    public static async Task PrintAsync(string databasePath, IReadOnlyList<string> setup, IReadOnlyList<string> extra, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = setup.Count > 0 ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadOnly,
        }.ToString());
        await connection.OpenAsync(cancellationToken);
        foreach (var statement in setup)
        {
            var stopwatch = Stopwatch.StartNew();
            await using var command = Command(connection, statement);
            await command.ExecuteNonQueryAsync(cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- setup ({stopwatch.Elapsed.TotalSeconds:F1} s): {statement}"));
        }

        await using (var version = connection.CreateCommand())
        {
            version.CommandText = "SELECT sqlite_version();";
            Console.WriteLine($"SQLite {await version.ExecuteScalarAsync(cancellationToken)} (Microsoft.Data.Sqlite)");
        }

        foreach (var (name, sql) in StatusQueries.Concat(extra.Select((q, i) => ($"extra {i + 1}", q))))
        {
            Console.WriteLine($"-- {name}: {sql}");
            await using var explain = Command(connection, "EXPLAIN QUERY PLAN " + sql);
            await using (var reader = await explain.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    Console.WriteLine("   " + reader.GetString(3));
                }
            }

            for (var run = 1; run <= 3; run++)
            {
                await using var query = Command(connection, sql);
                var stopwatch = Stopwatch.StartNew();
                var rows = 0;
                await using (var reader = await query.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        rows++;
                    }
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   run {run}: {rows} rows in {stopwatch.Elapsed.TotalMilliseconds:F1} ms"));
            }
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (sql.Contains("$s0", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$s0", "failed");
            command.Parameters.AddWithValue("$s1", "unknown");
            command.Parameters.AddWithValue("$s2", "publishing");
            command.Parameters.AddWithValue("$s3", "missed");
        }

        return command;
    }
}
