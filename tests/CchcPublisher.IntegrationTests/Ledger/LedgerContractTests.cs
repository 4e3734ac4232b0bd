using CchcPublisher.Ledger;

namespace CchcPublisher.IntegrationTests.Ledger;

/// <summary>
/// What every <see cref="ILedger"/> provider must do, run once per provider (SQLite and PostgreSQL) by the
/// derived classes: the same rows, the same order, the same claim rules, and exactly one winner among
/// concurrent claims of one item.
/// </summary>
public abstract partial class LedgerContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 1, 30, 0, TimeSpan.Zero);

    private ILedger? _ledger;

    private protected ILedger Ledger => _ledger ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>A fresh, empty, migrated ledger (or a skip when the provider's server is not available).</summary>
    private protected abstract Task<ILedger> CreateAsync();

    public async ValueTask InitializeAsync()
    {
        _ledger = await CreateAsync();
        await _ledger.MigrateAsync(TestContext.Current.CancellationToken);
    }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return _ledger is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
    }

    private static LedgerEntry Entry(string article, string channel = "website", PublicationState state = PublicationState.Scheduled, int minutes = 0) => new()
    {
        ArticleId = article,
        Channel = channel,
        State = state,
        DueAt = T0.AddHours(1),
        Column = "tin-tuc",
        ContentHash = "h1",
        Title = "Thông báo lịch tiếp công dân",
        Categories = ["mot-cua", "the-che"],
        PlanTask = "NV01",
        SourcePath = "content/a.md",
        CreatedAt = T0,
        UpdatedAt = T0.AddMinutes(minutes),
    };

    [Fact]
    public async Task Migrate_twice_keeps_rows()
    {
        var ct = TestContext.Current.CancellationToken;
        await Ledger.SaveAsync(Entry("a1"), ct);
        await Ledger.MigrateAsync(ct);
        Assert.NotNull(await Ledger.FindAsync("a1", "website", ct));
    }

    [Fact]
    public async Task Save_then_find_returns_every_field()
    {
        var ct = TestContext.Current.CancellationToken;
        var entry = Entry("a1") with
        {
            State = PublicationState.Published,
            RemoteId = "42",
            RemoteUrl = "https://xa.example/a1",
            PublishedHash = "h1",
            Attempts = 2,
            LastError = "lỗi tạm thời",
            RetryAfter = T0.AddMinutes(5),
            PublishedAt = T0.AddMinutes(3),
            ClaimedAt = T0.AddMinutes(2),
            SentTitle = "Thông báo (bản đã gửi)",
            SentSnapshot = "sha256:abc",
        };
        await Ledger.SaveAsync(entry, ct);
        var found = await Ledger.FindAsync("a1", "website", ct);
        Assert.NotNull(found);
        Assert.Equal(entry with { Categories = [] }, found with { Categories = [] });
        Assert.Equal(entry.Categories, found.Categories);
        Assert.Null(await Ledger.FindAsync("a1", "zalo", ct));
    }

    [Fact]
    public async Task List_filters_and_orders_newest_first()
    {
        var ct = TestContext.Current.CancellationToken;
        await Ledger.SaveAsync(Entry("a1", minutes: 1), ct);
        await Ledger.SaveAsync(Entry("a2", minutes: 3, state: PublicationState.Failed), ct);
        await Ledger.SaveAsync(Entry("a3", minutes: 2), ct);
        await Ledger.SaveAsync(Entry("a3", "zalo", minutes: 2), ct);
        await Ledger.SaveAsync(Entry("a4", minutes: 0) with { State = PublicationState.Published, PublishedAt = T0.AddMinutes(9) }, ct);

        var all = await Ledger.ListAsync(new LedgerQuery(), ct);
        Assert.Equal(["a2/website", "a3/zalo", "a3/website", "a1/website", "a4/website"], all.Select(e => $"{e.ArticleId}/{e.Channel}"));

        var scheduled = await Ledger.ListAsync(new LedgerQuery { States = [PublicationState.Scheduled], Channel = "website", Limit = 1 }, ct);
        Assert.Equal("a3", Assert.Single(scheduled).ArticleId);

        var recent = await Ledger.ListAsync(new LedgerQuery { UpdatedSince = T0.AddMinutes(2), ArticleId = "a3" }, ct);
        Assert.Equal(2, recent.Count);

        var published = await Ledger.ListAsync(new LedgerQuery { PublishedFrom = T0.AddMinutes(9), PublishedTo = T0.AddMinutes(10) }, ct);
        Assert.Equal("a4", Assert.Single(published).ArticleId);
        Assert.Empty(await Ledger.ListAsync(new LedgerQuery { PublishedFrom = T0.AddMinutes(10) }, ct));
    }

    [Fact]
    public async Task List_by_due_range_reads_every_state_and_only_that_range()
    {
        var ct = TestContext.Current.CancellationToken;
        await Ledger.SaveAsync(Entry("early") with { DueAt = T0.AddHours(1).AddTicks(-TimeSpan.TicksPerSecond) }, ct);
        await Ledger.SaveAsync(Entry("first") with { DueAt = T0.AddHours(1) }, ct);
        await Ledger.SaveAsync(Entry("failed", state: PublicationState.Failed, minutes: 1) with { DueAt = T0.AddHours(2) }, ct);
        await Ledger.SaveAsync(Entry("done", minutes: 2) with { State = PublicationState.Published, PublishedAt = T0.AddHours(2), DueAt = T0.AddHours(2) }, ct);
        await Ledger.SaveAsync(Entry("end", "zalo") with { DueAt = T0.AddHours(3) }, ct);
        await Ledger.SaveAsync(Entry("none") with { DueAt = null }, ct);

        var inRange = await Ledger.ListAsync(new LedgerQuery { DueFrom = T0.AddHours(1), DueTo = T0.AddHours(3) }, ct);
        Assert.Equal(["done", "failed", "first"], inRange.Select(e => e.ArticleId)); // newest change first; the end is excluded

        var zalo = await Ledger.ListAsync(new LedgerQuery { Channel = "zalo", DueFrom = T0.AddHours(1) }, ct);
        Assert.Equal("end", Assert.Single(zalo).ArticleId);
        var failedOnly = await Ledger.ListAsync(new LedgerQuery { States = [PublicationState.Failed], DueTo = T0.AddHours(3) }, ct);
        Assert.Equal("failed", Assert.Single(failedOnly).ArticleId);
    }

    [Fact]
    public async Task Claim_is_refused_while_publishing_and_for_the_published_version()
    {
        var ct = TestContext.Current.CancellationToken;
        var claimed = await Ledger.TryClaimAsync(Entry("a1"), ct);
        Assert.Equal(PublicationState.Publishing, claimed?.State);
        Assert.Equal(1, claimed?.Attempts);
        Assert.Null(await Ledger.TryClaimAsync(Entry("a1"), ct));

        await Ledger.SaveAsync(claimed! with { State = PublicationState.Published, PublishedHash = "h1", PublishedAt = T0.AddMinutes(1), RemoteId = "7" }, ct);
        Assert.Null(await Ledger.TryClaimAsync(Entry("a1"), ct));

        // An edited version may be claimed again; the first publication instant and the remote id stay.
        var again = await Ledger.TryClaimAsync(Entry("a1") with { ContentHash = "h2", CreatedAt = T0.AddDays(1) }, ct);
        Assert.NotNull(again);
        Assert.Equal(T0, again.CreatedAt);
        Assert.Equal(T0.AddMinutes(1), again.PublishedAt);
        Assert.Equal("h1", again.PublishedHash);
        Assert.Equal("7", again.RemoteId);
        Assert.Equal(again, await Ledger.FindAsync("a1", "website", ct) is { } f ? f with { Categories = again.Categories } : null);
    }

    [Fact]
    public async Task Concurrent_claims_of_one_item_have_exactly_one_winner()
    {
        var ct = TestContext.Current.CancellationToken;
        for (var round = 0; round < 10; round++)
        {
            if (round % 2 == 1)
            {
                // An existing row (a failed attempt to retry) as well as a brand-new one.
                await Ledger.SaveAsync(Entry($"c{round}", state: PublicationState.Failed), ct);
            }

            var claims = Enumerable.Range(0, 8)
                .Select(_ => Task.Run(() => Ledger.TryClaimAsync(Entry($"c{round}"), ct), ct))
                .ToArray();
            var results = await Task.WhenAll(claims);
            Assert.Single(results, r => r is not null);
        }
    }
}
