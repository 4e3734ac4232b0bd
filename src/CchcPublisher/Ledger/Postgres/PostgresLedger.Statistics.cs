using Npgsql;

namespace CchcPublisher.Ledger.Postgres;

/// <summary>
/// <see cref="ILedgerStatistics"/> on PostgreSQL: index range scans over <c>publications</c> (entries) and
/// <c>stat_articles</c> (articles at their first publication, <see cref="PostgresStatisticsSchema"/>). Many ranges
/// go in one statement (arrays of bounds, one row per range). A commune publishes some thousands of entries a year,
/// so counting rows through an index is cheap here; SQLite keeps hour/day counters because it has no planner
/// worth the name for this, PostgreSQL does not need them.
/// </summary>
internal sealed partial class PostgresLedger : ILedgerStatistics
{
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

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        var (source, at, filter) = Source(count, command);
        command.CommandText =
            $"SELECT r.i, (SELECT count(*) FROM {_schema}.{source} WHERE {at} >= r.lo AND {at} < r.hi AND {filter}) " +
            "FROM unnest(@lo::bigint[], @hi::bigint[]) WITH ORDINALITY AS r(lo, hi, i);";
        command.Parameters.AddWithValue("lo", ranges.Select(r => r.From.ToUnixTimeMilliseconds()).ToArray());
        command.Parameters.AddWithValue("hi", ranges.Select(r => Math.Max(r.From.ToUnixTimeMilliseconds(), r.To.ToUnixTimeMilliseconds())).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetInt64(0) - 1] = checked((int)reader.GetInt64(1));
        }

        return result;
    }

    public Task<IReadOnlyDictionary<string, int>> CountByChannelAsync(InstantRange range, CancellationToken cancellationToken) =>
        GroupCountAsync(
            $"SELECT channel, count(*) FROM {_schema}.publications WHERE published_at >= @lo AND published_at < @hi GROUP BY channel;",
            range, StringComparer.Ordinal, cancellationToken);

    public Task<IReadOnlyDictionary<string, int>> CountByCategoryAsync(InstantRange range, CancellationToken cancellationToken) =>
        GroupCountAsync(
            $"SELECT c, count(*) FROM {_schema}.stat_articles s, unnest(string_to_array(s.categories, ',')) AS c " +
            "WHERE s.first_at >= @lo AND s.first_at < @hi AND c <> '' GROUP BY c;",
            range, StringComparer.Ordinal, cancellationToken);

    public Task<IReadOnlyDictionary<string, int>> CountByPlanTaskAsync(InstantRange range, CancellationToken cancellationToken) =>
        GroupCountAsync(
            $"SELECT min(plan_task), count(*) FROM {_schema}.stat_articles " +
            "WHERE plan_task IS NOT NULL AND first_at >= @lo AND first_at < @hi GROUP BY lower(plan_task);",
            range, StringComparer.OrdinalIgnoreCase, cancellationToken);

    /// <summary>The table, its instant column and the filter for one kind of count (parameters added to <paramref name="command"/>).</summary>
    private static (string Source, string At, string Filter) Source(PublicationCount count, NpgsqlCommand command)
    {
        var channels = "true";
        if (count.Channels is { Count: > 0 } list)
        {
            channels = "channel = ANY(@channels)";
            command.Parameters.AddWithValue("channels", list.ToArray());
        }

        if (count.PlanTask is { } task)
        {
            command.Parameters.AddWithValue("task", task);
            return count.Channels is { Count: > 0 }
                ? ("publications", "published_at", $"plan_task IS NOT NULL AND lower(plan_task) = lower(@task) AND {channels}")
                : ("stat_articles", "first_at", "plan_task IS NOT NULL AND lower(plan_task) = lower(@task)");
        }

        if (count.Category is { } category)
        {
            command.Parameters.AddWithValue("category", category);
            return ("stat_articles", "first_at", "@category = ANY(string_to_array(categories, ','))");
        }

        return ("publications", "published_at", channels);
    }

    private async Task<IReadOnlyDictionary<string, int>> GroupCountAsync(
        string sql, InstantRange range, StringComparer comparer, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        var lo = range.From.ToUnixTimeMilliseconds();
        command.Parameters.AddWithValue("lo", lo);
        command.Parameters.AddWithValue("hi", Math.Max(lo, range.To.ToUnixTimeMilliseconds()));
        var result = new Dictionary<string, int>(comparer);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetString(0)] = checked((int)reader.GetInt64(1));
        }

        return result;
    }
}
