using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Queries;
using Microsoft.Extensions.Options;

namespace CchcPublisher.UnitTests.Queries;

public sealed class LedgerListQueryTests : IAsyncLifetime
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cchc-ledgerlist-" + Guid.NewGuid().ToString("N"));
    private SqliteLedger _ledger = null!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _ledger = new SqliteLedger(Path.Combine(_folder, "cchc.db"), TimeSpan.FromSeconds(5));
        await _ledger.MigrateAsync(CancellationToken.None);
        // Published 30/11 23:30 in the commune (16:30 UTC): the commune's day is the 30th, not the 1st.
        await SaveAsync("a", "website", PublicationState.Published, ["mot-cua"], "NV01", published: new DateTimeOffset(2026, 11, 30, 23, 30, 0, Vietnam));
        await SaveAsync("b", "zalo", PublicationState.AwaitingManual, ["mot-cua", "chuyen-doi-so"], "NV02", due: new DateTimeOffset(2026, 12, 1, 8, 0, 0, Vietnam));
        await SaveAsync("c", "zalo", PublicationState.Failed, ["the-che"], null, due: new DateTimeOffset(2026, 12, 2, 8, 0, 0, Vietnam));
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task List_ChannelAndState_Narrow()
    {
        var (rows, more) = await Query().ListAsync(new LedgerFilter { Channel = "zalo", State = PublicationState.Failed }, TestContext.Current.CancellationToken);

        Assert.Equal(["c"], rows.Select(r => r.ArticleId));
        Assert.False(more);
    }

    [Fact]
    public async Task List_CategoryTaskAndText_Narrow()
    {
        var query = Query();

        Assert.Equal(["a", "b"], (await query.ListAsync(new LedgerFilter { Category = "mot-cua" }, TestContext.Current.CancellationToken)).Rows.Select(r => r.ArticleId).Order());
        Assert.Equal(["b"], (await query.ListAsync(new LedgerFilter { PlanTask = "nv02" }, TestContext.Current.CancellationToken)).Rows.Select(r => r.ArticleId));
        Assert.Equal(["c"], (await query.ListAsync(new LedgerFilter { Text = "BÀI C" }, TestContext.Current.CancellationToken)).Rows.Select(r => r.ArticleId));
    }

    [Fact]
    public async Task List_DateRange_UsesTheCommuneDayOfPublishedElseDue()
    {
        var query = Query();

        var first = await query.ListAsync(new LedgerFilter { From = new DateOnly(2026, 11, 30), To = new DateOnly(2026, 11, 30) }, TestContext.Current.CancellationToken);
        var later = await query.ListAsync(new LedgerFilter { From = new DateOnly(2026, 12, 1) }, TestContext.Current.CancellationToken);

        Assert.Equal(["a"], first.Rows.Select(r => r.ArticleId));
        Assert.Equal(["b", "c"], later.Rows.Select(r => r.ArticleId).Order());
    }

    [Fact]
    public async Task List_OverLimit_SaysThereIsMore()
    {
        var (rows, more) = await Query().ListAsync(new LedgerFilter { Limit = 2 }, TestContext.Current.CancellationToken);

        Assert.Equal(2, rows.Count);
        Assert.True(more);
    }

    private LedgerListQuery Query() => new(_ledger, Options.Create(new CommuneOptions()));

    private Task SaveAsync(string id, string channel, PublicationState state, IReadOnlyList<string> categories, string? task, DateTimeOffset? published = null, DateTimeOffset? due = null)
    {
        var at = new DateTimeOffset(2026, 12, 2, 9, 0, 0, Vietnam);
        return _ledger.SaveAsync(new LedgerEntry
        {
            ArticleId = id, Channel = channel, State = state, ContentHash = "h", Title = "Bài " + id, Categories = categories, PlanTask = task,
            PublishedAt = published, DueAt = due, CreatedAt = at, UpdatedAt = at,
        }, CancellationToken.None);
    }
}
