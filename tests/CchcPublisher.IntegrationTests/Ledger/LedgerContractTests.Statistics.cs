using CchcPublisher.Ledger;
using CchcPublisher.Plan;

namespace CchcPublisher.IntegrationTests.Ledger;

/// <summary>
/// The statistics half of the contract (<see cref="ILedgerStatistics"/>, what <c>plan status</c> and reports count):
/// every provider's counts against brute-force counts of the same rows, including rows written by plain SQL, as an
/// import or repair script would.
/// </summary>
public abstract partial class LedgerContractTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private ILedgerStatistics Statistics => Assert.IsAssignableFrom<ILedgerStatistics>(Ledger);

    /// <summary>Runs one statement on the ledger's own tables (parameters <c>@a</c>, <c>@c</c>, <c>@p</c>).</summary>
    private protected abstract Task ExecuteSqlAsync(string sql, string article, string channel, long? publishedAt = null);

    private sealed record Row(string Article, string Channel, DateTimeOffset? At, string? Task, string[] Categories);

    private async Task<List<Row>> SeedRandomAsync(int articles, Random random)
    {
        string[] channels = ["website", "zalo", "facebook", "radio", StatisticsSchema.ProgramChannel, "radio-broadcast"];
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

    private Task SaveAsync(Row row) => Ledger.SaveAsync(new LedgerEntry
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
    }, TestContext.Current.CancellationToken);

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
        rows.Where(r => r.At is not null && r.Channel != StatisticsSchema.ProgramChannel).GroupBy(r => r.Article)
            .Select(g => (g.Key, g.Min(r => r.At!.Value), g.First().Task, g.First().Categories));

    private async Task AssertCountsMatchAsync(List<Row> rows, Random random)
    {
        var ct = TestContext.Current.CancellationToken;
        var ranges = RandomRanges(random, 60);
        bool In(DateTimeOffset? at, InstantRange r) => at is { } t && t >= r.From && t < r.To;

        string[] radio = ["radio", StatisticsSchema.ProgramChannel];
        Assert.Equal(ranges.Select(r => rows.Count(x => radio.Contains(x.Channel) && In(x.At, r))),
            await Statistics.CountAsync(PublicationCount.OnChannels(radio), ranges, ct));
        Assert.Equal(ranges.Select(r => rows.Count(x => In(x.At, r))),
            await Statistics.CountAsync(new PublicationCount(), ranges, ct));
        Assert.Equal(ranges.Select(r => Articles(rows).Count(a => a.Task == "NV02" && In(a.First, r))),
            await Statistics.CountAsync(PublicationCount.ArticlesFor("nv02"), ranges, ct));
        Assert.Equal(ranges.Select(r => rows.Count(x => x.Task == "NV01" && x.Channel == "zalo" && In(x.At, r))),
            await Statistics.CountAsync(new PublicationCount { PlanTask = "NV01", Channels = ["zalo"] }, ranges, ct));
        Assert.Equal(ranges.Select(r => Articles(rows).Count(a => a.Categories.Contains("cong-vu") && In(a.First, r))),
            await Statistics.CountAsync(PublicationCount.ArticlesIn("cong-vu"), ranges, ct));

        var whole = ranges[random.Next(ranges.Count)];
        Assert.Equal(
            rows.Where(x => In(x.At, whole)).GroupBy(x => x.Channel).ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key),
            (await Statistics.CountByChannelAsync(whole, ct)).OrderBy(p => p.Key));
        Assert.Equal(
            Articles(rows).Where(a => In(a.First, whole)).SelectMany(a => a.Categories).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key),
            (await Statistics.CountByCategoryAsync(whole, ct)).OrderBy(p => p.Key));
        Assert.Equal(
            Articles(rows).Where(a => a.Task is not null && In(a.First, whole)).GroupBy(a => a.Task!).ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key),
            (await Statistics.CountByPlanTaskAsync(whole, ct)).OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Statistics_random_ledger_and_ranges_match_brute_force()
    {
        var random = new Random(20260101);
        var rows = await SeedRandomAsync(120, random);

        await AssertCountsMatchAsync(rows, random);
    }

    [Fact]
    public async Task Statistics_after_replace_update_and_plain_sql_still_match()
    {
        var random = new Random(42);
        var rows = await SeedRandomAsync(80, random);

        // Saving again must not count twice.
        foreach (var row in rows.Where((_, i) => i % 3 == 0).ToList())
        {
            await SaveAsync(row);
        }

        // A later first publication: the article's first instant moves.
        var moved = rows.First(r => r.At is not null);
        var index = rows.IndexOf(moved);
        rows[index] = moved with { At = moved.At!.Value.AddDays(2) };
        await SaveAsync(rows[index]);

        // Plain SQL, as an import or repair script would do it: the database keeps the counts right.
        foreach (var row in rows.Where(r => r.At is not null).Skip(5).Take(4).ToList())
        {
            await ExecuteSqlAsync("DELETE FROM publications WHERE article_id = @a AND channel = @c", row.Article, row.Channel);
            rows.Remove(row);
        }

        foreach (var row in rows.Where(r => r.At is not null).Skip(10).Take(3).ToList())
        {
            var at = row.At!.Value.AddHours(-30);
            await ExecuteSqlAsync("UPDATE publications SET published_at = @p WHERE article_id = @a AND channel = @c", row.Article, row.Channel, at.ToUnixTimeMilliseconds());
            rows[rows.IndexOf(row)] = row with { At = at };
        }

        await AssertCountsMatchAsync(rows, random);
    }

    [Fact]
    public async Task Statistics_article_on_two_channels_across_midnight_counts_once_at_first_publication()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        DateTimeOffset Local(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(7));
        await SaveAsync(new Row("a", "website", Local(1, 31, 23, 30), "NV01", ["the-che"]));
        await SaveAsync(new Row("a", "radio", Local(2, 1, 6, 0), "NV01", ["the-che"]));
        InstantRange Month(int month)
        {
            var (from, to) = PlanCalendar.Month(2026, month).ToInstants(zone);
            return new InstantRange(from, to);
        }

        var ct = TestContext.Current.CancellationToken;
        Assert.Equal([1, 0], await Statistics.CountAsync(PublicationCount.ArticlesIn("the-che"), [Month(1), Month(2)], ct));
        Assert.Equal([0, 1], await Statistics.CountAsync(PublicationCount.OnChannels(["radio"]), [Month(1), Month(2)], ct));
    }

    [Fact]
    public async Task Statistics_category_count_narrowed_by_channel_is_rejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Statistics.CountAsync(new PublicationCount { Category = "the-che", Channels = ["website"] }, [], TestContext.Current.CancellationToken));
    }

    /// <summary>Rows written by a schema without statistics (as an old version or an import left them).</summary>
    private protected const string OldRows =
        "INSERT INTO publications (article_id, channel, state, content_hash, title, categories, plan_task, created_at, updated_at, published_at) VALUES " +
        "('a', 'website', 'published', 'h', 't', 'the-che,cong-vu', 'NV01', 0, 0, 1767225600000), " +
        "('a', 'zalo', 'published', 'h', 't', 'the-che,cong-vu', 'NV01', 0, 0, 1767229200000), " +
        "('b', 'website', 'failed', 'h', 't', 'the-che', NULL, 0, 0, NULL);";

    private protected static async Task AssertOldRowsCountedAsync(ILedgerStatistics ledger)
    {
        var ct = TestContext.Current.CancellationToken;
        var all = new InstantRange(DateTimeOffset.FromUnixTimeMilliseconds(0), DateTimeOffset.FromUnixTimeMilliseconds(1800000000000));
        Assert.Equal([2], await ledger.CountAsync(new PublicationCount(), [all], ct));
        Assert.Equal([1], await ledger.CountAsync(PublicationCount.ArticlesIn("cong-vu"), [all], ct));
        Assert.Equal([1], await ledger.CountAsync(new PublicationCount { PlanTask = "nv01", Channels = ["zalo"] }, [all], ct));
        Assert.Equal(1, (await ledger.CountByPlanTaskAsync(all, ct))["NV01"]);
    }
}
