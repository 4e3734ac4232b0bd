using CchcPublisher.Ledger;
using Microsoft.Data.Sqlite;

namespace CchcPublisher.IntegrationTests.Ledger;

/// <summary>The ledger contract on a fresh SQLite file.</summary>
public sealed class SqliteLedgerContractTests : LedgerContractTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cchc-ledger-").FullName;

    private string DatabasePath => Path.Combine(_folder, "cchc.db");

    private protected override Task<ILedger> CreateAsync() =>
        Task.FromResult<ILedger>(new SqliteLedger(DatabasePath, TimeSpan.FromSeconds(10)));

    private protected override async Task ExecuteSqlAsync(string sql, string article, string channel, long? publishedAt = null)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@a", article);
        command.Parameters.AddWithValue("@c", channel);
        command.Parameters.AddWithValue("@p", (object?)publishedAt ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private protected override async Task<long> CountEventsAsync(string article, string channel)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM publication_events WHERE article_id = @a AND channel = @c";
        command.Parameters.AddWithValue("@a", article);
        command.Parameters.AddWithValue("@c", channel);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    [Fact]
    public async Task Migrate_counts_rows_written_before_the_statistics_step()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(_folder, "old.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = LedgerMigrations.Steps[0] + "PRAGMA user_version = 1;" + OldRows;
            await command.ExecuteNonQueryAsync(ct);
        }

        var ledger = new SqliteLedger(path, TimeSpan.FromSeconds(5));
        await ledger.MigrateAsync(ct);
        await AssertOldRowsCountedAsync(ledger);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
