using CchcPublisher.Ledger;

namespace CchcPublisher.UnitTests.Ledger;

/// <summary>A working set comes back in the order of <c>ListAsync</c>, sorted in place.</summary>
public sealed class WorkingSetOrderTests
{
    [Fact]
    public void WorkingSetOrder_LatestUpdateFirst_ThenArticleAndChannelDescending()
    {
        var at = new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);
        LedgerEntry Entry(string id, string channel, int minutes) => new()
        {
            ArticleId = id, Channel = channel, State = PublicationState.Scheduled, ContentHash = "h", Title = "t",
            CreatedAt = at, UpdatedAt = at.AddMinutes(minutes),
        };
        LedgerEntry[] entries = [Entry("a", "zalo", 0), Entry("b", "radio", 5), Entry("a", "website", 0), Entry("c", "zalo", 0), Entry("a", "radio", 5)];

        var ordered = SqliteLedger.WorkingSetOrder(entries);

        Assert.Equal(
            ["b/radio", "a/radio", "c/zalo", "a/zalo", "a/website"],
            ordered.Select(e => e.ArticleId + "/" + e.Channel));
    }
}
