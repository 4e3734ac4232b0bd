using System.Data.Common;

namespace CchcPublisher.Ledger;

/// <summary><see cref="IApprovalStore"/> in the <c>approvals</c> table (migration 5).</summary>
internal sealed partial class SqliteLedger : IApprovalStore
{
    internal const string ApprovalColumns = "article_id, content_hash, decision, actor, at, comment";

    public async Task AddAsync(ApprovalRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO approvals ({ApprovalColumns}) VALUES ($article, $hash, $decision, $actor, $at, $comment);";
        command.Parameters.AddWithValue("$article", record.ArticleId);
        command.Parameters.AddWithValue("$hash", record.ContentHash);
        command.Parameters.AddWithValue("$decision", DecisionName(record.Decision));
        command.Parameters.AddWithValue("$actor", record.Actor);
        command.Parameters.AddWithValue("$at", record.At.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$comment", (object?)record.Comment ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, ApprovalRecord>> LatestAsync(IReadOnlyCollection<string>? articleIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, ApprovalRecord>(StringComparer.Ordinal);
        if (articleIds is { Count: 0 })
        {
            return result;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var filter = string.Empty;
        if (articleIds is not null)
        {
            // One JSON array parameter, not thousands of bound values.
            filter = " WHERE article_id IN (SELECT value FROM json_each($ids))";
            command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(articleIds));
        }

        command.CommandText =
            $"SELECT {ApprovalColumns} FROM approvals WHERE id IN (SELECT MAX(id) FROM approvals{filter} GROUP BY article_id);";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var record = ReadApproval(reader);
            result[record.ArticleId] = record;
        }

        return result;
    }

    public async Task<IReadOnlyList<ApprovalRecord>> HistoryAsync(string articleId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ApprovalColumns} FROM approvals WHERE article_id = $article ORDER BY id;";
        command.Parameters.AddWithValue("$article", articleId);
        var result = new List<ApprovalRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(ReadApproval(reader));
        }

        return result;
    }

    internal static string DecisionName(ApprovalDecision decision) => decision.ToString().ToLowerInvariant();

    internal static ApprovalRecord ReadApproval(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        Enum.TryParse<ApprovalDecision>(reader.GetString(2), ignoreCase: true, out var decision)
            ? decision
            : throw new InvalidDataException($"Quyết định duyệt không hợp lệ trong sổ theo dõi: '{reader.GetString(2)}'."),
        reader.GetString(3),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
        reader.IsDBNull(5) ? null : reader.GetString(5));
}
