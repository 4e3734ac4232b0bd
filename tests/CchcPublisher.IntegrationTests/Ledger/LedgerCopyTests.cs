using System.Text.Json;
using CchcPublisher.IntegrationTests.Cli;
using CchcPublisher.IntegrationTests.TestSupport;
using CchcPublisher.Ledger;
using CchcPublisher.Ledger.Postgres;
using Npgsql;

namespace CchcPublisher.IntegrationTests.Ledger;

/// <summary><c>ledger copy --to postgres</c>: a commune's SQLite ledger moves into PostgreSQL without loss, once.</summary>
public sealed class LedgerCopyTests : IAsyncDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);

    private readonly CliWorkspace _workspace = new();
    private readonly string _schema = TestPostgres.NewSchema();
    private string? _connectionString;

    [Fact]
    public async Task Copy_moves_every_entry_event_and_count_then_refuses_a_second_copy()
    {
        _connectionString = TestPostgres.RequireConnectionString();
        var ct = TestContext.Current.CancellationToken;
        for (var i = 0; i < 4; i++)
        {
            _workspace.WriteArticle($"bai-{i}.md", CliWorkspace.Article($"Thông báo số {i}", $"2026-12-0{1 + (i % 2)}T07:30:00+07:00", categories: "[the-che, cong-vu]", channels: "[website, zalo]"));
        }

        var published = await _workspace.RunAsync("publish", "--due-until", "2026-12-02");
        Assert.True(published.ExitCode == 0, published.Output);
        var sqlite = new SqliteLedger(Path.Combine(_workspace.DataRoot, "cchc.db"), TimeSpan.FromSeconds(5));
        await sqlite.SaveAsync(new LedgerEntry
        {
            ArticleId = "loi", Channel = "facebook", State = PublicationState.Failed, ContentHash = "h", Title = "Bài lỗi", Attempts = 3,
            LastError = "Facebook từ chối: mã 190", RetryAfter = T0.AddHours(1), Categories = ["mot-cua"], PlanTask = "NV02", CreatedAt = T0, UpdatedAt = T0,
        }, ct);
        await sqlite.SaveAsync(new LedgerEntry
        {
            ArticleId = "loi", Channel = "facebook", State = PublicationState.Published, ContentHash = "h", PublishedHash = "h", Title = "Bài lỗi",
            Attempts = 4, RemoteId = "123_456", Categories = ["mot-cua"], PlanTask = "NV02", CreatedAt = T0, UpdatedAt = T0.AddHours(2), PublishedAt = T0.AddHours(2),
        }, ct);
        var approvals = new CchcPublisher.Approval.SqliteApprovalStore(sqlite.DatabasePath, TimeSpan.FromSeconds(5));
        await approvals.AddAsync(new CchcPublisher.Approval.ApprovalEvent("bai-1", "h1", CchcPublisher.Approval.ApprovalStatus.Submitted, "bientapvien", T0), ct);
        await approvals.AddAsync(new CchcPublisher.Approval.ApprovalEvent("bai-1", "h1", CchcPublisher.Approval.ApprovalStatus.Approved, "lanhdao", T0.AddMinutes(3), "Đồng ý"), ct);
        var config = Path.Combine(_workspace.Root, "postgres.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new { Ledger = new { ConnectionString = _connectionString, Schema = _schema } }), ct);

        var copy = await _workspace.RunAsync("ledger", "copy", "--to", "postgres", "--config", config);

        Assert.True(copy.ExitCode == 0, copy.Output);
        Assert.Contains("số dòng và mã băm SHA-256 khớp nguồn", copy.Output, StringComparison.Ordinal);
        await using var postgres = new PostgresLedger(NpgsqlDataSource.Create(_connectionString), _schema);
        var expected = await sqlite.ListAsync(new LedgerQuery(), ct);
        Assert.True(expected.Count >= 9, $"only {expected.Count} entries to copy");
        Assert.Equal(Json(expected), Json(await postgres.ListAsync(new LedgerQuery(), ct)));
        Assert.Equal(await EventsAsync(sqlite.DatabasePath), await EventsAsync(postgres));
        await using (var source = NpgsqlDataSource.Create(_connectionString))
        {
            Assert.Equal(
                await approvals.HistoryAsync("bai-1", ct),
                await new CchcPublisher.Approval.PostgresApprovalStore(source, _schema).HistoryAsync("bai-1", ct));
        }

        var all = new InstantRange(T0.AddYears(-1), T0.AddYears(1));
        Assert.Equal(await sqlite.CountByChannelAsync(all, ct), await postgres.CountByChannelAsync(all, ct));
        Assert.Equal(await sqlite.CountByCategoryAsync(all, ct), await postgres.CountByCategoryAsync(all, ct));
        Assert.Equal(await sqlite.CountByPlanTaskAsync(all, ct), await postgres.CountByPlanTaskAsync(all, ct));

        var again = await _workspace.RunAsync("ledger", "copy", "--to", "postgres", "--config", config);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("đã có dữ liệu", again.Output, StringComparison.Ordinal);
        Assert.Equal(expected.Count, (await postgres.ListAsync(new LedgerQuery(), ct)).Count);
    }

    private static string Json(IEnumerable<LedgerEntry> entries) => JsonSerializer.Serialize(entries);

    private static async Task<List<string>> EventsAsync(string sqlitePath)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={sqlitePath}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT article_id || '|' || channel || '|' || at || '|' || state || '|' || IFNULL(message, '-') FROM publication_events ORDER BY id";
        return await ReadAsync(command);
    }

    private async Task<List<string>> EventsAsync(PostgresLedger ledger)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT article_id || '|' || channel || '|' || at || '|' || state || '|' || COALESCE(message, '-') FROM {PostgresLedger.QuoteIdentifier(ledger.Schema)}.publication_events ORDER BY id",
            connection);
        return await ReadAsync(command);
    }

    private static async Task<List<string>> ReadAsync(System.Data.Common.DbCommand command)
    {
        var result = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connectionString is not null)
        {
            await TestPostgres.DropSchemaAsync(_connectionString, _schema);
        }

        _workspace.Dispose();
    }
}
