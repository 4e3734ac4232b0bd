using CchcPublisher.Common;
using Npgsql;

namespace CchcPublisher.Ledger.Postgres;

/// <summary>
/// What a publishing run reads and writes in bulk: its working set (the articles in hand go in as one array,
/// <c>unnest</c>ed and hash-joined), the next due instant, and a batch of local outcomes in one transaction
/// written with one batch of statements per thousand entries (one round trip each, not one per entry).
/// </summary>
internal sealed partial class PostgresLedger
{
    private const int EntriesPerBatch = 1000;

    public async Task<IReadOnlyList<LedgerEntry>> ListWorkingSetAsync(LedgerWorkingSetQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        var columns = string.Join(", ", SqliteLedger.Columns.Split(", ").Select(c => "p." + c));
        command.Parameters.AddWithValue("ids", query.ArticleIds.ToArray());
        command.Parameters.AddWithValue("channels", query.Channels.ToArray());
        var parts = new List<string>
        {
            $"SELECT {columns} FROM {_schema}.publications p WHERE p.article_id IN (SELECT id FROM ids) AND p.channel = ANY(@channels)",
        };
        for (var i = 0; i < query.Others.Count; i++)
        {
            var slice = query.Others[i];
            command.Parameters.AddWithValue($"s{i}", slice.States.Select(SqliteLedger.StateName).ToArray());
            var where = $"p.state = ANY(@s{i}) AND p.channel = ANY(@channels) AND NOT EXISTS (SELECT 1 FROM ids WHERE ids.id = p.article_id)";
            if (slice.Channels is not null)
            {
                command.Parameters.AddWithValue($"c{i}", slice.Channels.ToArray());
                where += $" AND p.channel = ANY(@c{i})";
            }

            if (slice.ColumnSlotAfter is { } after)
            {
                command.Parameters.AddWithValue($"after{i}", SqliteLedger.ToUnix(after)!);
                parts.Add(
                    $"SELECT {columns} FROM (SELECT DISTINCT article_id, column_key FROM {_schema}.publications " +
                    $"WHERE state = ANY(@s{i}) AND due_at > @after{i} AND column_key IS NOT NULL) h " +
                    $"JOIN {_schema}.publications p ON p.article_id = h.article_id AND p.column_key = h.column_key WHERE {where}");
            }
            else
            {
                parts.Add($"SELECT {columns} FROM {_schema}.publications p WHERE {where}");
            }
        }

        command.CommandText =
            "WITH ids AS MATERIALIZED (SELECT DISTINCT unnest(@ids::text[]) AS id) " + string.Join(" UNION ALL ", parts) + ";";
        var result = new Dictionary<(string, string), LedgerEntry>(SqliteLedger.WorkingSetCapacity(query));
        var strings = new SharedStrings(query.KnownStrings);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var entry = SqliteLedger.Read(reader, strings);
            result.TryAdd((entry.ArticleId, entry.Channel), entry);
        }

        return SqliteLedger.WorkingSetOrder(result.Values);
    }

    public async Task<DateTimeOffset?> NextDueAsync(DateTimeOffset after, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT least(" +
            $"(SELECT min(due_at) FROM {_schema}.publications WHERE state = 'scheduled' AND due_at > @after), " +
            $"(SELECT min(retry_after) FROM {_schema}.publications WHERE retry_after > @after AND state IN ('failed', 'unknown', 'published')));",
            connection);
        command.Parameters.AddWithValue("after", SqliteLedger.ToUnix(after)!);
        return await command.ExecuteScalarAsync(cancellationToken) is long next ? DateTimeOffset.FromUnixTimeMilliseconds(next) : null;
    }

    public async Task SaveAllAsync(IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var chunk in entries.Chunk(EntriesPerBatch))
        {
            // The rows as they were (locked for this transaction), read in one statement: they decide which events are written.
            var previous = new Dictionary<(string, string), LedgerEntry>();
            await using (var read = new NpgsqlCommand(
                $"SELECT {SqliteLedger.Columns} FROM {_schema}.publications " +
                "WHERE (article_id, channel) IN (SELECT * FROM unnest(@articles::text[], @channels::text[])) FOR UPDATE;",
                connection, transaction))
            {
                read.Parameters.AddWithValue("articles", chunk.Select(e => e.ArticleId).ToArray());
                read.Parameters.AddWithValue("channels", chunk.Select(e => e.Channel).ToArray());
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var row = SqliteLedger.Read(reader);
                    previous[(row.ArticleId, row.Channel)] = row;
                }
            }

            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var entry in chunk)
            {
                AddWrite(batch, entry, previous.GetValueOrDefault((entry.ArticleId, entry.Channel)));
                previous[(entry.ArticleId, entry.Channel)] = entry;
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
