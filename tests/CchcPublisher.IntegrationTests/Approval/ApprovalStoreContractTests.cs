using CchcPublisher.Approval;
using CchcPublisher.Ledger;

namespace CchcPublisher.IntegrationTests.Approval;

/// <summary>What every <see cref="IApprovalStore"/> does, on a ledger database migrated by its own provider.</summary>
public abstract class ApprovalStoreContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private IApprovalStore _store = null!;

    private protected abstract Task<(ILedger Ledger, IApprovalStore Store)> CreateAsync();

    public virtual async ValueTask InitializeAsync()
    {
        var (ledger, store) = await CreateAsync();
        await ledger.MigrateAsync(TestContext.Current.CancellationToken);
        await ledger.MigrateAsync(TestContext.Current.CancellationToken); // twice: nothing to do the second time
        _store = store;
    }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task History_keeps_every_event_in_order_with_who_when_and_comment()
    {
        var ct = TestContext.Current.CancellationToken;
        await _store.AddAsync(new ApprovalEvent("2026/a", "h1", ApprovalStatus.Submitted, "Nguyễn Văn A", At), ct);
        await _store.AddAsync(new ApprovalEvent("2026/a", "h1", ApprovalStatus.Returned, "Chủ tịch", At.AddMinutes(3), "Sửa số liệu"), ct);
        await _store.AddAsync(new ApprovalEvent("2026/b", "h9", ApprovalStatus.Approved, "Chủ tịch", At.AddMinutes(4)), ct);

        var history = await _store.HistoryAsync("2026/a", ct);

        Assert.Equal(2, history.Count);
        Assert.Equal(new ApprovalEvent("2026/a", "h1", ApprovalStatus.Submitted, "Nguyễn Văn A", At), history[0]);
        Assert.Equal(new ApprovalEvent("2026/a", "h1", ApprovalStatus.Returned, "Chủ tịch", At.AddMinutes(3), "Sửa số liệu"), history[1]);
    }

    [Fact]
    public async Task Latest_is_the_newest_event_per_article_even_with_equal_times()
    {
        var ct = TestContext.Current.CancellationToken;
        await _store.AddAsync(new ApprovalEvent("b", "h1", ApprovalStatus.Submitted, "x", At), ct);
        await _store.AddAsync(new ApprovalEvent("a", "h1", ApprovalStatus.Submitted, "x", At), ct);
        await _store.AddAsync(new ApprovalEvent("a", "h1", ApprovalStatus.Approved, "y", At), ct);
        await _store.AddAsync(new ApprovalEvent("a", "h2", ApprovalStatus.Submitted, "x", At), ct);

        var latest = await _store.LatestAsync(ct);

        Assert.Equal(["a", "b"], latest.Select(e => e.ArticleId));
        Assert.Equal(("h2", ApprovalStatus.Submitted), (latest[0].ContentHash, latest[0].Status));
        Assert.Equal(ApprovalStatus.Submitted, latest[1].Status);
    }

    [Fact]
    public async Task Empty_store_has_no_history()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Empty(await _store.LatestAsync(ct));
        Assert.Empty(await _store.HistoryAsync("a", ct));
    }
}
