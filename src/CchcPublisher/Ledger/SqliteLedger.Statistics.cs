using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CchcPublisher.Ledger;

/// <summary>
/// <see cref="ILedgerStatistics"/>: one statement per call. Ranges become a <c>VALUES</c> list and each is counted
/// by a correlated sub-query that is a single range scan on a covering partial index (migration step 2), so no
/// row is loaded and nothing is sorted, whatever the size of the ledger.
/// </summary>
internal sealed partial class SqliteLedger : ILedgerStatistics
{
    /// <summary>Ranges per statement; well under SQLite's bound-parameter limit.</summary>
    private const int RangesPerStatement = 400;

    public async Task<IReadOnlyList<int>> CountAsync(PublicationCount count, IReadOnlyList<InstantRange> ranges, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(count);
        ArgumentNullException.ThrowIfNull(ranges);
        var result = new int[ranges.Count];
        if (ranges.Count == 0)
        {
            return result;
        }

        await using var connection = await OpenAsync(cancellationToken);
        for (var first = 0; first < ranges.Count; first += RangesPerStatement)
        {
            var chunk = Math.Min(RangesPerStatement, ranges.Count - first);
            await using var command = connection.CreateCommand();
            var sql = new StringBuilder("WITH r(i, lo, hi) AS (VALUES ");
            for (var i = 0; i < chunk; i++)
            {
                sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? string.Empty : ", ")}({i}, $lo{i}, $hi{i})");
                command.Parameters.AddWithValue($"$lo{i}", ranges[first + i].From.ToUnixTimeMilliseconds());
                command.Parameters.AddWithValue($"$hi{i}", ranges[first + i].To.ToUnixTimeMilliseconds());
            }

            sql.Append(") SELECT r.i, (").Append(CountSubquery(count, command)).Append(") FROM r;");
            command.CommandText = sql.ToString();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                result[first + reader.GetInt32(0)] = reader.GetInt32(1);
            }
        }

        return result;
    }

    public Task<IReadOnlyDictionary<string, int>> CountByChannelAsync(InstantRange range, CancellationToken cancellationToken) =>
        GroupCountAsync(
            "SELECT channel, COUNT(*) FROM publications WHERE published_at >= $lo AND published_at < $hi GROUP BY channel;",
            range, StringComparer.Ordinal, cancellationToken);

    public Task<IReadOnlyDictionary<string, int>> CountByCategoryAsync(InstantRange range, CancellationToken cancellationToken) =>
        GroupCountAsync(
            "SELECT category, COUNT(DISTINCT article_id) FROM publication_categories WHERE published_at >= $lo AND published_at < $hi GROUP BY category;",
            range, StringComparer.Ordinal, cancellationToken);

    public Task<IReadOnlyDictionary<string, int>> CountByPlanTaskAsync(InstantRange range, CancellationToken cancellationToken) =>
        GroupCountAsync(
            "SELECT MIN(plan_task), COUNT(DISTINCT article_id) FROM publications " +
            "WHERE plan_task IS NOT NULL AND published_at >= $lo AND published_at < $hi GROUP BY plan_task COLLATE NOCASE;",
            range, StringComparer.OrdinalIgnoreCase, cancellationToken);

    private static string CountSubquery(PublicationCount count, SqliteCommand command)
    {
        var channels = string.Empty;
        if (count.Channels is { Count: > 0 } list)
        {
            var names = new List<string>();
            for (var i = 0; i < list.Count; i++)
            {
                names.Add($"$c{i}");
                command.Parameters.AddWithValue($"$c{i}", list[i]);
            }

            channels = $" AND channel IN ({string.Join(", ", names)})";
        }

        if (count.PlanTask is { } task)
        {
            command.Parameters.AddWithValue("$task", task);
            var what = channels.Length > 0 ? "COUNT(*)" : "COUNT(DISTINCT article_id)";
            return $"SELECT {what} FROM publications WHERE plan_task = $task COLLATE NOCASE AND published_at >= r.lo AND published_at < r.hi{channels}";
        }

        if (count.Category is { } category)
        {
            command.Parameters.AddWithValue("$category", category);
            return channels.Length > 0
                ? $"SELECT COUNT(DISTINCT article_id) FROM publication_categories WHERE category = $category AND published_at >= r.lo AND published_at < r.hi{channels}"
                : "SELECT COUNT(DISTINCT article_id) FROM publication_categories WHERE category = $category AND published_at >= r.lo AND published_at < r.hi";
        }

        return channels.Length > 0
            ? $"SELECT COUNT(*) FROM publications WHERE published_at >= r.lo AND published_at < r.hi{channels}"
            : "SELECT COUNT(*) FROM publications WHERE published_at >= r.lo AND published_at < r.hi";
    }

    private async Task<IReadOnlyDictionary<string, int>> GroupCountAsync(
        string sql, InstantRange range, StringComparer comparer, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$lo", range.From.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$hi", range.To.ToUnixTimeMilliseconds());
        var result = new Dictionary<string, int>(comparer);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            result[key] = result.GetValueOrDefault(key) + reader.GetInt32(1);
        }

        return result;
    }
}
