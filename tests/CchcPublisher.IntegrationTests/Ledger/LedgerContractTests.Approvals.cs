using CchcPublisher.Ledger;

namespace CchcPublisher.IntegrationTests.Ledger;

/// <summary>The approvals half of the contract (<see cref="IApprovalStore"/>): append-only events, newest per article.</summary>
public abstract partial class LedgerContractTests
{
    private IApprovalStore Approvals => Assert.IsAssignableFrom<IApprovalStore>(Ledger);

    [Fact]
    public async Task Approvals_newest_event_per_article_and_full_history()
    {
        var ct = TestContext.Current.CancellationToken;
        var at = new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);
        await Approvals.AddAsync(new ApprovalRecord("a1", "h1", ApprovalDecision.Submitted, "bientapvien", at), ct);
        await Approvals.AddAsync(new ApprovalRecord("a1", "h1", ApprovalDecision.Returned, "lanhdao", at.AddMinutes(5), "Sửa số điện thoại đường dây nóng"), ct);
        await Approvals.AddAsync(new ApprovalRecord("a1", "h2", ApprovalDecision.Submitted, "bientapvien", at.AddMinutes(9)), ct);
        await Approvals.AddAsync(new ApprovalRecord("a2", "x", ApprovalDecision.Approved, "lanhdao", at.AddMinutes(1)), ct);

        var all = await Approvals.LatestAsync(null, ct);
        var one = await Approvals.LatestAsync(["a1", "khong-co"], ct);
        var none = await Approvals.LatestAsync([], ct);
        var history = await Approvals.HistoryAsync("a1", ct);

        Assert.Equal(2, all.Count);
        Assert.Equal(new ApprovalRecord("a1", "h2", ApprovalDecision.Submitted, "bientapvien", at.AddMinutes(9)), all["a1"]);
        Assert.Equal(ApprovalDecision.Approved, all["a2"].Decision);
        Assert.Equal(["a1"], one.Keys);
        Assert.Empty(none);
        Assert.Equal([ApprovalDecision.Submitted, ApprovalDecision.Returned, ApprovalDecision.Submitted], history.Select(h => h.Decision));
        Assert.Equal("Sửa số điện thoại đường dây nóng", history[1].Comment);
        Assert.Empty(await Approvals.HistoryAsync("khong-co", ct));
    }
}
