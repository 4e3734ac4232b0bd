using CchcPublisher.IntegrationTests.TestSupport;
using CchcPublisher.Ledger;
using CchcPublisher.Ledger.Postgres;
using Npgsql;

namespace CchcPublisher.IntegrationTests.Ledger;

/// <summary>The ledger contract on PostgreSQL, in a schema of its own.</summary>
public sealed class PostgresLedgerContractTests : LedgerContractTests
{
    private readonly string _schema = TestPostgres.NewSchema();
    private string? _connectionString;

    private protected override Task<ILedger> CreateAsync()
    {
        _connectionString = TestPostgres.RequireConnectionString();
        return Task.FromResult<ILedger>(new PostgresLedger(NpgsqlDataSource.Create(_connectionString), _schema));
    }

    private protected override async Task ExecuteSqlAsync(string sql, string article, string channel, long? publishedAt = null)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand($"SET search_path TO {PostgresLedger.QuoteIdentifier(_schema)}; {sql};", connection);
        command.Parameters.AddWithValue("a", article);
        command.Parameters.AddWithValue("c", channel);
        command.Parameters.AddWithValue("p", (object?)publishedAt ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private protected override async Task<long> CountEventsAsync(string article, string channel)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT count(*) FROM {PostgresLedger.QuoteIdentifier(_schema)}.publication_events WHERE article_id = @a AND channel = @c", connection);
        command.Parameters.AddWithValue("a", article);
        command.Parameters.AddWithValue("c", channel);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    [Fact]
    public async Task Migrate_counts_rows_written_before_the_statistics_step()
    {
        var ct = TestContext.Current.CancellationToken;
        var schema = TestPostgres.NewSchema();
        try
        {
            await using (var connection = new NpgsqlConnection(_connectionString))
            {
                await connection.OpenAsync(ct);
                await using var command = new NpgsqlCommand(
                    $"CREATE SCHEMA {schema}; SET search_path TO {schema}; {PostgresLedgerMigrations.Steps[0]} {PostgresLedgerMigrations.Steps[1]} " +
                    $"CREATE TABLE ledger_schema_version (version integer NOT NULL); INSERT INTO ledger_schema_version VALUES (2); {OldRows}",
                    connection);
                await command.ExecuteNonQueryAsync(ct);
            }

            await using var ledger = new PostgresLedger(NpgsqlDataSource.Create(_connectionString!), schema);
            await ledger.MigrateAsync(ct);
            await AssertOldRowsCountedAsync(ledger);
        }
        finally
        {
            await TestPostgres.DropSchemaAsync(_connectionString!, schema);
        }
    }

    [Fact]
    public async Task Publish_lock_is_exclusive_per_schema_and_released_on_dispose()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = TimeProvider.System; // the lock waits in real time; nothing below compares instants
        await using var other = new PostgresLedger(NpgsqlDataSource.Create(_connectionString!), _schema);
        await using var elsewhere = new PostgresLedger(NpgsqlDataSource.Create(_connectionString!), TestPostgres.NewSchema());
        var shared = (ISharedPublishLock)Ledger;

        using (await shared.AcquirePublishLockAsync(TimeSpan.Zero, time, ct))
        {
            await Assert.ThrowsAsync<CchcPublisher.Publishing.PublishLockTimeoutException>(() => other.AcquirePublishLockAsync(TimeSpan.FromMilliseconds(300), time, ct));
            using (await elsewhere.AcquirePublishLockAsync(TimeSpan.Zero, time, ct))
            {
                // Another commune's schema is not blocked.
            }
        }

        using (await other.AcquirePublishLockAsync(TimeSpan.Zero, time, ct))
        {
            await Assert.ThrowsAsync<CchcPublisher.Publishing.PublishLockTimeoutException>(() => shared.AcquirePublishLockAsync(TimeSpan.Zero, time, ct));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_connectionString is not null)
        {
            await TestPostgres.DropSchemaAsync(_connectionString, _schema);
        }
    }
}
