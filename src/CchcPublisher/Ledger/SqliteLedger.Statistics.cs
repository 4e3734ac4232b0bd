using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CchcPublisher.Ledger;

/// <summary>
/// <see cref="ILedgerStatistics"/> on the counters of <see cref="StatisticsSchema"/>. A range is split into whole
/// UTC days and hours, summed from the counters, and the minutes before the first and after the last whole hour,
/// counted from the rows through an index. A year costs about 400 counter rows whatever the size of the
/// ledger, and local-day boundaries stay exact in any time zone (even +05:30).
/// </summary>
internal sealed partial class SqliteLedger : ILedgerStatistics
{
    private const long Hour = StatisticsSchema.HourMilliseconds;
    private const long Day = StatisticsSchema.DayMilliseconds;

    /// <summary>Ranges per statement; well under SQLite's bound-parameter limit.</summary>
    private const int RangesPerStatement = 150;

    public async Task<IReadOnlyList<int>> CountAsync(PublicationCount count, IReadOnlyList<InstantRange> ranges, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(count);
        ArgumentNullException.ThrowIfNull(ranges);
        if (count.Category is not null && (count.PlanTask is not null || count.Channels is { Count: > 0 }))
        {
            throw new ArgumentException("A category count cannot be narrowed by task or channel.", nameof(count));
        }

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
            var values = new StringBuilder();
            for (var i = 0; i < chunk; i++)
            {
                var split = Split(ranges[first + i]);
                values.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? string.Empty : ", ")}({i}, $lo{i}, $h1{i}, $d1{i}, $d2{i}, $h2{i}, $hi{i})");
                command.Parameters.AddWithValue($"$lo{i}", split.Lo);
                command.Parameters.AddWithValue($"$h1{i}", split.H1);
                command.Parameters.AddWithValue($"$d1{i}", split.D1);
                command.Parameters.AddWithValue($"$d2{i}", split.D2);
                command.Parameters.AddWithValue($"$h2{i}", split.H2);
                command.Parameters.AddWithValue($"$hi{i}", split.Hi);
            }

            var (counters, rows) = Sources(count, command);
            string Counter(int level, string from, string to, long size) =>
                $"(SELECT IFNULL(SUM(n), 0) FROM {counters} AND level = {level} AND slot >= r.{from} / {size} AND slot < r.{to} / {size})";
            string Rows(string from, string to) =>
                $"(SELECT COUNT(*) FROM {rows.Replace("@lo", $"r.{from}", StringComparison.Ordinal).Replace("@hi", $"r.{to}", StringComparison.Ordinal)})";
            command.CommandText =
                $"WITH r(i, lo, h1, d1, d2, h2, hi) AS (VALUES {values}) SELECT r.i, " +
                $"{Counter(1, "d1", "d2", Day)} + {Counter(0, "h1", "d1", Hour)} + {Counter(0, "d2", "h2", Hour)} + {Rows("lo", "h1")} + {Rows("h2", "hi")} FROM r;";
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
            "channel", "stat_channels",
            "SELECT channel, COUNT(*) FROM publications WHERE published_at >= @lo AND published_at < @hi GROUP BY channel",
            range, StringComparer.Ordinal, cancellationToken);

    public Task<IReadOnlyDictionary<string, int>> CountByCategoryAsync(InstantRange range, CancellationToken cancellationToken) =>
        GroupCountAsync(
            "category", "stat_categories",
            "SELECT j.value, COUNT(*) FROM stat_articles s, json_each('[\"' || replace(s.categories, ',', '\",\"') || '\"]') j " +
            "WHERE s.first_at >= @lo AND s.first_at < @hi AND j.value <> '' GROUP BY j.value",
            range, StringComparer.Ordinal, cancellationToken);

    public Task<IReadOnlyDictionary<string, int>> CountByPlanTaskAsync(InstantRange range, CancellationToken cancellationToken) =>
        GroupCountAsync(
            "plan_task", "stat_tasks",
            "SELECT MIN(plan_task), COUNT(*) FROM stat_articles WHERE plan_task IS NOT NULL AND first_at >= @lo AND first_at < @hi GROUP BY plan_task COLLATE NOCASE",
            range, StringComparer.OrdinalIgnoreCase, cancellationToken);

    /// <summary>
    /// [Lo, H1) and [H2, Hi) come from rows, [H1, D1) and [D2, H2) from hour counters, [D1, D2) from day counters.
    /// Without a whole hour everything is rows; without a whole day, hours.
    /// </summary>
    private static (long Lo, long H1, long D1, long D2, long H2, long Hi) Split(InstantRange range)
    {
        var lo = range.From.ToUnixTimeMilliseconds();
        var hi = Math.Max(lo, range.To.ToUnixTimeMilliseconds());
        var h1 = Ceiling(lo, Hour);
        var h2 = Floor(hi, Hour);
        if (h1 >= h2)
        {
            return (lo, hi, hi, hi, hi, hi);
        }

        var d1 = Ceiling(h1, Day);
        var d2 = Floor(h2, Day);
        return d1 < d2 ? (lo, h1, d1, d2, h2, hi) : (lo, h1, h2, h2, h2, hi);
    }

    private static long Floor(long instant, long size) => instant - (((instant % size) + size) % size);

    private static long Ceiling(long instant, long size) => Floor(instant, size) == instant ? instant : Floor(instant, size) + size;

    /// <summary>
    /// The counter table with its filter (to be followed by level and slot bounds) and the row source for the
    /// edges (with <c>@lo</c>/<c>@hi</c> placeholders), for one kind of count.
    /// </summary>
    private static (string Counters, string Rows) Sources(PublicationCount count, SqliteCommand command)
    {
        var channels = "1 = 1";
        if (count.Channels is { Count: > 0 } list)
        {
            var names = new List<string>();
            for (var i = 0; i < list.Count; i++)
            {
                names.Add($"$c{i}");
                command.Parameters.AddWithValue($"$c{i}", list[i]);
            }

            channels = $"channel IN ({string.Join(", ", names)})";
        }

        if (count.PlanTask is { } task)
        {
            command.Parameters.AddWithValue("$task", task);
            return count.Channels is { Count: > 0 }
                ? ($"stat_task_channels WHERE plan_task = $task AND {channels}",
                   $"publications WHERE plan_task = $task COLLATE NOCASE AND published_at >= @lo AND published_at < @hi AND {channels}")
                : ("stat_tasks WHERE plan_task = $task",
                   "stat_articles WHERE first_at >= @lo AND first_at < @hi AND plan_task = $task COLLATE NOCASE");
        }

        if (count.Category is { } category)
        {
            command.Parameters.AddWithValue("$category", category);
            return ("stat_categories WHERE category = $category",
                "stat_articles WHERE first_at >= @lo AND first_at < @hi AND (',' || categories || ',') LIKE ('%,' || $category || ',%')");
        }

        return ($"stat_channels WHERE {channels}",
            $"publications WHERE published_at >= @lo AND published_at < @hi AND {channels}");
    }

    private async Task<IReadOnlyDictionary<string, int>> GroupCountAsync(
        string key, string counters, string rowsSql, InstantRange range, StringComparer comparer, CancellationToken cancellationToken)
    {
        var split = Split(range);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        string Counter(int level, string from, string to, long size) =>
            $"SELECT {key}, SUM(n) FROM {counters} WHERE level = {level} AND slot >= {from} / {size} AND slot < {to} / {size} GROUP BY {key}";
        string Rows(string from, string to) =>
            rowsSql.Replace("@lo", from, StringComparison.Ordinal).Replace("@hi", to, StringComparison.Ordinal);
        command.CommandText =
            $"{Counter(1, "$d1", "$d2", Day)} UNION ALL {Counter(0, "$h1", "$d1", Hour)} UNION ALL {Counter(0, "$d2", "$h2", Hour)} " +
            $"UNION ALL {Rows("$lo", "$h1")} UNION ALL {Rows("$h2", "$hi")};";
        command.Parameters.AddWithValue("$lo", split.Lo);
        command.Parameters.AddWithValue("$h1", split.H1);
        command.Parameters.AddWithValue("$d1", split.D1);
        command.Parameters.AddWithValue("$d2", split.D2);
        command.Parameters.AddWithValue("$h2", split.H2);
        command.Parameters.AddWithValue("$hi", split.Hi);
        var result = new Dictionary<string, int>(comparer);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var name = reader.GetString(0);
            var value = reader.GetInt32(1);
            if (value != 0 || !result.ContainsKey(name))
            {
                result[name] = result.GetValueOrDefault(name) + value;
            }
        }

        foreach (var zero in result.Where(p => p.Value == 0).Select(p => p.Key).ToList())
        {
            result.Remove(zero);
        }

        return result;
    }
}
