using CchcPublisher.Ledger;
using Microsoft.Data.Sqlite;

namespace CchcPublisher.UnitTests.Plan;

/// <summary>The ledger's aggregate counters (kept by triggers) against brute-force counts of the same rows.</summary>
public sealed class LedgerStatisticsTests : IDisposable
{
    private readonly PlanLedger _ledger = new();

    public void Dispose() => _ledger.Dispose();

    private sealed record Row(string Article, string Channel, DateTimeOffset? At, string? Task, string[] Categories);

    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private async Task<List<Row>> SeedRandomAsync(int articles, Random random)
    {
        string[] channels = ["website", "zalo", "facebook", "radio", "radio-program", "radio-broadcast"];
        string[] categories = ["the-che", "cong-vu", "mot-cua", "de-an-06"];
        var rows = new List<Row>();
        for (var a = 0; a < articles; a++)
        {
            var task = random.Next(3) == 0 ? null : $"NV0{random.Next(1, 4)}";
            var cats = categories.Where(_ => random.Next(2) == 0).DefaultIfEmpty("mot-cua").ToArray();
            var first = Start.AddMinutes(random.Next(0, 40 * 24 * 60)).AddSeconds(random.Next(60));
            foreach (var channel in channels.Where(_ => random.Next(3) > 0))
            {
                DateTimeOffset? at = random.Next(6) == 0 ? null : first.AddMinutes(random.Next(0, 3 * 24 * 60));
                var row = new Row($"a{a}", channel, at, task, cats);
                rows.Add(row);
                await SaveAsync(row);
            }
        }

        return rows;
    }

    private Task SaveAsync(Row row) => _ledger.Ledger.SaveAsync(new LedgerEntry
    {
        ArticleId = row.Article,
        Channel = row.Channel,
        State = row.At is null ? PublicationState.Failed : PublicationState.Published,
        ContentHash = "h",
        Title = row.Article,
        Categories = row.Categories,
        PlanTask = row.Task,
        CreatedAt = Start,
        UpdatedAt = Start,
        PublishedAt = row.At,
    }, CancellationToken.None);

    private static List<InstantRange> RandomRanges(Random random, int count)
    {
        var ranges = new List<InstantRange>();
        for (var i = 0; i < count; i++)
        {
            // Odd offsets (+05:30, +05:45) and spans from minutes to weeks exercise every split of a range.
            var from = Start.AddMinutes(random.Next(-600, 44 * 24 * 60)).AddMinutes(random.Next(4) * 15);
            var length = random.Next(4) switch { 0 => random.Next(1, 120), 1 => random.Next(60, 3000), 2 => random.Next(1440, 20000), _ => random.Next(1, 60000) };
            ranges.Add(new InstantRange(from, from.AddMinutes(length)));
        }

        ranges.Add(new InstantRange(Start.AddDays(-5), Start.AddDays(60)));
        return ranges;
    }

    private static IEnumerable<(string Article, DateTimeOffset First, string? Task, string[] Categories)> Articles(List<Row> rows) =>
        rows.Where(r => r.At is not null && r.Channel != "radio-program").GroupBy(r => r.Article).Select(g => (g.Key, g.Min(r => r.At!.Value), g.First().Task, g.First().Categories));

    private async Task AssertMatchesAsync(List<Row> rows, Random random)
    {
        var ranges = RandomRanges(random, 60);
        bool In(DateTimeOffset? at, InstantRange r) => at is { } t && t >= r.From && t < r.To;
        var statistics = _ledger.Ledger;

        string[] radio = ["radio", "radio-program"];
        Assert.Equal(ranges.Select(r => rows.Count(x => radio.Contains(x.Channel) && In(x.At, r))),
            await statistics.CountAsync(PublicationCount.OnChannels(radio), ranges, CancellationToken.None));
        Assert.Equal(ranges.Select(r => rows.Count(x => In(x.At, r))),
            await statistics.CountAsync(new PublicationCount(), ranges, CancellationToken.None));
        Assert.Equal(ranges.Select(r => Articles(rows).Count(a => a.Task == "NV02" && In(a.First, r))),
            await statistics.CountAsync(PublicationCount.ArticlesFor("nv02"), ranges, CancellationToken.None));
        Assert.Equal(ranges.Select(r => rows.Count(x => x.Task == "NV01" && x.Channel == "zalo" && In(x.At, r))),
            await statistics.CountAsync(new PublicationCount { PlanTask = "NV01", Channels = ["zalo"] }, ranges, CancellationToken.None));
        Assert.Equal(ranges.Select(r => Articles(rows).Count(a => a.Categories.Contains("cong-vu") && In(a.First, r))),
            await statistics.CountAsync(PublicationCount.ArticlesIn("cong-vu"), ranges, CancellationToken.None));

        var whole = ranges[random.Next(ranges.Count)];
        var byChannel = await statistics.CountByChannelAsync(whole, CancellationToken.None);
        Assert.Equal(
            rows.Where(x => In(x.At, whole)).GroupBy(x => x.Channel).ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key),
            byChannel.OrderBy(p => p.Key));
        var byCategory = await statistics.CountByCategoryAsync(whole, CancellationToken.None);
        Assert.Equal(
            Articles(rows).Where(a => In(a.First, whole)).SelectMany(a => a.Categories).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key),
            byCategory.OrderBy(p => p.Key));
        var byTask = await statistics.CountByPlanTaskAsync(whole, CancellationToken.None);
        Assert.Equal(
            Articles(rows).Where(a => a.Task is not null && In(a.First, whole)).GroupBy(a => a.Task!).ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key),
            byTask.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Counts_RandomLedgerAndRanges_MatchBruteForce()
    {
        var random = new Random(20260101);
        var rows = await SeedRandomAsync(120, random);

        await AssertMatchesAsync(rows, random);
    }

    [Fact]
    public async Task Counts_AfterReplaceUpdateAndDelete_StillMatch()
    {
        var random = new Random(42);
        var rows = await SeedRandomAsync(80, random);

        // Saving again (INSERT OR REPLACE) must not count twice.
        foreach (var row in rows.Where((_, i) => i % 3 == 0).ToList())
        {
            await SaveAsync(row);
        }

        // A later first publication: the article's first instant and counters move.
        var moved = rows.First(r => r.At is not null);
        var index = rows.IndexOf(moved);
        rows[index] = moved with { At = moved.At!.Value.AddDays(2) };
        await SaveAsync(rows[index]);

        // Direct SQL, as an import or repair script would do it: the triggers keep the counters right.
        await using (var connection = new SqliteConnection($"Data Source={_ledger.Ledger.DatabasePath}"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            var deleted = rows.Where(r => r.At is not null).Skip(5).Take(4).ToList();
            foreach (var row in deleted)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "DELETE FROM publications WHERE article_id = $a AND channel = $c";
                command.Parameters.AddWithValue("$a", row.Article);
                command.Parameters.AddWithValue("$c", row.Channel);
                await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
                rows.Remove(row);
            }

            var updated = rows.Where(r => r.At is not null).Skip(10).Take(3).ToList();
            foreach (var row in updated)
            {
                var at = row.At!.Value.AddHours(-30);
                await using var command = connection.CreateCommand();
                command.CommandText = "UPDATE publications SET published_at = $p WHERE article_id = $a AND channel = $c";
                command.Parameters.AddWithValue("$p", at.ToUnixTimeMilliseconds());
                command.Parameters.AddWithValue("$a", row.Article);
                command.Parameters.AddWithValue("$c", row.Channel);
                await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
                rows[rows.IndexOf(row)] = row with { At = at };
            }
        }

        await AssertMatchesAsync(rows, random);
    }

    [Fact]
    public async Task CountArticles_PublishedOnTwoChannelsAcrossMidnight_CountsOnceAtFirstPublication()
    {
        await _ledger.PublishAsync("a", "website", "2026-01-31 23:30", ["the-che"], "NV01");
        await _ledger.PublishAsync("a", "radio", "2026-02-01 06:00", ["the-che"], "NV01");
        var zone = PlanLedger.Zone;
        InstantRange Month(int month)
        {
            var (from, to) = CchcPublisher.Plan.PlanCalendar.Month(2026, month).ToInstants(zone);
            return new InstantRange(from, to);
        }

        var counts = await _ledger.Ledger.CountAsync(PublicationCount.ArticlesIn("the-che"), [Month(1), Month(2)], CancellationToken.None);
        var channels = await _ledger.Ledger.CountAsync(PublicationCount.OnChannels(["radio"]), [Month(1), Month(2)], CancellationToken.None);

        Assert.Equal([1, 0], counts);
        Assert.Equal([0, 1], channels);
    }

    [Fact]
    public async Task CountAsync_CategoryNarrowedByChannel_IsRejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            _ledger.Ledger.CountAsync(new PublicationCount { Category = "the-che", Channels = ["website"] }, [], CancellationToken.None));
    }

    [Fact]
    public async Task Migrate_ExistingRowsBeforeStep2_AreCounted()
    {
        var path = Path.Combine(Path.GetTempPath(), "cchc-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            await using (var connection = new SqliteConnection($"Data Source={path}"))
            {
                await connection.OpenAsync(TestContext.Current.CancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = LedgerMigrations.Steps[0] + "PRAGMA user_version = 1;" +
                    "INSERT INTO publications (article_id, channel, state, content_hash, title, categories, plan_task, created_at, updated_at, published_at) VALUES " +
                    "('a', 'website', 'published', 'h', 't', 'the-che,cong-vu', 'NV01', 0, 0, 1767225600000), " +
                    "('a', 'zalo', 'published', 'h', 't', 'the-che,cong-vu', 'NV01', 0, 0, 1767229200000), " +
                    "('b', 'website', 'failed', 'h', 't', 'the-che', NULL, 0, 0, NULL);";
                await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }

            var ledger = new SqliteLedger(path, TimeSpan.FromSeconds(5));
            await ledger.MigrateAsync(CancellationToken.None);
            var all = new InstantRange(DateTimeOffset.FromUnixTimeMilliseconds(0), DateTimeOffset.FromUnixTimeMilliseconds(1800000000000));

            Assert.Equal([2], await ledger.CountAsync(new PublicationCount(), [all], CancellationToken.None));
            Assert.Equal([1], await ledger.CountAsync(PublicationCount.ArticlesIn("cong-vu"), [all], CancellationToken.None));
            Assert.Equal([1], await ledger.CountAsync(new PublicationCount { PlanTask = "nv01", Channels = ["zalo"] }, [all], CancellationToken.None));
            Assert.Equal(1, (await ledger.CountByPlanTaskAsync(all, CancellationToken.None))["NV01"]);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
