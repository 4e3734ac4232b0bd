using CchcPublisher.Ledger.Postgres;
using Npgsql;

namespace CchcPublisher.Approval;

/// <summary><see cref="IApprovalStore"/> in the commune's PostgreSQL ledger schema.</summary>
internal sealed class PostgresApprovalStore(NpgsqlDataSource dataSource, string schema) : IApprovalStore
{
    private const string Columns = "article_id, content_hash, status, actor, at, comment";

    private readonly string _table = PostgresLedger.QuoteIdentifier(schema) + ".approval_events";

    public async Task AddAsync(ApprovalEvent approvalEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approvalEvent);
        await using var command = dataSource.CreateCommand($"INSERT INTO {_table} ({Columns}) VALUES (@a, @h, @s, @w, @t, @c);");
        command.Parameters.AddWithValue("a", approvalEvent.ArticleId);
        command.Parameters.AddWithValue("h", approvalEvent.ContentHash);
        command.Parameters.AddWithValue("s", ApprovalStatusText.StoredName(approvalEvent.Status));
        command.Parameters.AddWithValue("w", approvalEvent.Actor);
        command.Parameters.AddWithValue("t", approvalEvent.At.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("c", NpgsqlTypes.NpgsqlDbType.Text, (object?)approvalEvent.Comment ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ApprovalEvent>> HistoryAsync(string articleId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM {_table} WHERE article_id = @a ORDER BY id;");
        command.Parameters.AddWithValue("a", articleId);
        return await SqliteApprovalStore.ReadAllAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<ApprovalEvent>> LatestAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT DISTINCT ON (article_id) {Columns} FROM {_table} ORDER BY article_id, id DESC;");
        var events = await SqliteApprovalStore.ReadAllAsync(command, cancellationToken);
        return [.. events.OrderBy(e => e.ArticleId, StringComparer.Ordinal)];
    }
}
