using System.Globalization;
using CchcPublisher.Common;
using Microsoft.Data.Sqlite;

namespace CchcPublisher.Ledger;

/// <summary>
/// What a publishing run reads and writes in bulk: its working set (the articles in hand go in as one JSON array,
/// opened with <c>json_each</c>, each looked up by the primary key), the next due instant (two index seeks) and a
/// batch of local outcomes in one transaction.
/// </summary>
internal sealed partial class SqliteLedger
{
    public async Task<IReadOnlyList<LedgerEntry>> ListWorkingSetAsync(LedgerWorkingSetQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var columns = string.Join(", ", Columns.Split(", ").Select(c => "p." + c));
        var channels = InList(command, "c", query.Channels);
        command.Parameters.AddWithValue("$ids", JsonIdList.Write(query.ArticleIds));
        var parts = new List<string>
        {
            $"SELECT {columns} FROM publications p WHERE p.article_id IN (SELECT id FROM ids) AND p.channel IN ({channels})",
        };
        for (var i = 0; i < query.Others.Count; i++)
        {
            var slice = query.Others[i];
            var states = InList(command, $"s{i}_", slice.States.Select(StateName));
            var where = $"p.state IN ({states}) AND p.channel IN ({channels}) AND p.article_id NOT IN (SELECT id FROM ids)";
            if (slice.Channels is not null)
            {
                where += $" AND p.channel IN ({InList(command, $"c{i}_", slice.Channels)})";
            }

            if (slice.ColumnSlotAfter is { } after)
            {
                // The few (article, column) pairs with a slot ahead, found through the (state, due_at) index, then
                // their rows by the primary key: CROSS JOIN keeps SQLite from scanning every published row instead.
                command.Parameters.AddWithValue($"$after{i}", ToUnix(after));
                parts.Add(
                    $"SELECT {columns} FROM (SELECT DISTINCT article_id, column_key FROM publications " +
                    $"WHERE state IN ({states}) AND due_at > $after{i} AND column_key IS NOT NULL) h " +
                    $"CROSS JOIN publications p ON p.article_id = h.article_id AND p.column_key = h.column_key WHERE {where}");
            }
            else
            {
                parts.Add($"SELECT {columns} FROM publications p WHERE {where}");
            }
        }

        command.CommandText =
            "WITH ids(id) AS MATERIALIZED (SELECT value FROM json_each($ids)) " + string.Join(" UNION ALL ", parts) + ";";
        var result = new Dictionary<(string, string), LedgerEntry>(WorkingSetCapacity(query));
        var strings = new SharedStrings(query.KnownStrings);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var entry = Read(reader, strings);
            result.TryAdd((entry.ArticleId, entry.Channel), entry);
        }

        return WorkingSetOrder(result.Values);
    }

    public async Task<DateTimeOffset?> NextDueAsync(DateTimeOffset after, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT min(t) FROM (" +
            "SELECT min(due_at) AS t FROM publications WHERE state = 'scheduled' AND due_at > $after " +
            // '+state' keeps SQLite on the partial retry index: with the state index it walks every published row (0.9 s at 1M rows).
            "UNION ALL SELECT min(retry_after) FROM publications WHERE retry_after > $after AND +state IN ('failed', 'unknown', 'published'));";
        command.Parameters.AddWithValue("$after", ToUnix(after));
        return await command.ExecuteScalarAsync(cancellationToken) is long next ? DateTimeOffset.FromUnixTimeMilliseconds(next) : null;
    }

    public async Task SaveAllAsync(IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        var large = entries.Count > LargeBatch;
        if (large)
        {
            // A first import's thousands of outcomes touch more pages than SQLite's default 2 MB page cache holds, and
            // each INSERT OR REPLACE copies the pages it changes to a statement journal, which spills to a temporary
            // file past 64 KB: 270,000 writes (560 MB) for 10,000 articles. Both stay in memory for the batch; the
            // pooled connection gets the defaults back.
            await ExecuteAsync(connection, null, "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;", cancellationToken);
        }

        try
        {
            await SaveAllAsync(connection, entries, cancellationToken);
        }
        finally
        {
            if (large)
            {
                await ExecuteAsync(connection, null, "PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT;", CancellationToken.None);
            }
        }
    }

    /// <summary>Above this many entries, a batch gets a larger page cache for its transaction.</summary>
    private const int LargeBatch = 500;

    private static async Task SaveAllAsync(SqliteConnection connection, IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var writer = new SqliteEntryWriter(connection, transaction))
        {
            foreach (var entry in entries)
            {
                await writer.WriteAsync(entry, await writer.FindAsync(entry.ArticleId, entry.Channel, cancellationToken), cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The order of <see cref="ListAsync"/>: most recently updated first, then by key, descending. Sorted in place (one
    /// entry per key, so the order is total): no key arrays beside the 30,000 entries of a large working set.
    /// </summary>
    internal static IReadOnlyList<LedgerEntry> WorkingSetOrder(ICollection<LedgerEntry> entries)
    {
        var sorted = new LedgerEntry[entries.Count];
        entries.CopyTo(sorted, 0);
        Array.Sort(sorted, static (a, b) =>
        {
            var order = b.UpdatedAt.CompareTo(a.UpdatedAt);
            if (order == 0)
            {
                order = string.CompareOrdinal(b.ArticleId, a.ArticleId);
            }

            return order != 0 ? order : string.CompareOrdinal(b.Channel, a.Channel);
        });
        return sorted;
    }

    /// <summary>Room for every entry of the articles in hand on every channel asked (a guess for the other slices): one table, not a doubling series.</summary>
    internal static int WorkingSetCapacity(LedgerWorkingSetQuery query) =>
        (int)Math.Min(1 << 20, (long)query.ArticleIds.Count * Math.Max(1, query.Channels.Count));

    private static string InList(SqliteCommand command, string prefix, IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            var name = "$" + prefix + names.Count.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, value);
            names.Add(name);
        }

        // An empty list matches nothing, as an empty IN () would.
        return names.Count > 0 ? string.Join(", ", names) : "NULL";
    }
}
