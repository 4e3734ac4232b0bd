using Npgsql;

namespace CchcPublisher.Ledger.Postgres;

/// <summary><see cref="IApprovalStore"/> in the commune schema's <c>approvals</c> table (migration 4).</summary>
internal sealed partial class PostgresLedger : IApprovalStore
{
    public async Task AddAsync(ApprovalRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {_schema}.approvals ({SqliteLedger.ApprovalColumns}) VALUES (@article, @hash, @decision, @actor, @at, @comment);", connection);
        command.Parameters.AddWithValue("article", record.ArticleId);
        command.Parameters.AddWithValue("hash", record.ContentHash);
        command.Parameters.AddWithValue("decision", SqliteLedger.DecisionName(record.Decision));
        command.Parameters.AddWithValue("actor", record.Actor);
        command.Parameters.AddWithValue("at", record.At.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("comment", (object?)record.Comment ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, ApprovalRecord>> LatestAsync(IReadOnlyCollection<string>? articleIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, ApprovalRecord>(StringComparer.Ordinal);
        if (articleIds is { Count: 0 })
        {
            return result;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        var filter = string.Empty;
        if (articleIds is not null)
        {
            filter = " WHERE article_id = ANY(@ids)";
            command.Parameters.AddWithValue("ids", articleIds.ToArray());
        }

        command.CommandText =
            $"SELECT DISTINCT ON (article_id) {SqliteLedger.ApprovalColumns} FROM {_schema}.approvals{filter} ORDER BY article_id, id DESC;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var record = SqliteLedger.ReadApproval(reader);
            result[record.ArticleId] = record;
        }

        return result;
    }

    public async Task<IReadOnlyList<ApprovalRecord>> HistoryAsync(string articleId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT {SqliteLedger.ApprovalColumns} FROM {_schema}.approvals WHERE article_id = @article ORDER BY id;", connection);
        command.Parameters.AddWithValue("article", articleId);
        var result = new List<ApprovalRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(SqliteLedger.ReadApproval(reader));
        }

        return result;
    }
}
