using CchcPublisher.Ledger;

namespace CchcPublisher.UnitTests.Ledger;

/// <summary>A large read keeps one instance of each repeated value, and the caller's own instance of what it already holds.</summary>
public sealed class RowStringsTests
{
    [Fact]
    public void Share_ValueTheCallerHolds_IsTheCallersInstance_OthersSharedAmongRows()
    {
        var title = "Hướng dẫn nộp hồ sơ trực tuyến";
        var strings = new RowStrings([title, "2026/bai-1"]);

        var fromRow = strings.Share(new string(title.AsSpan())); // an equal copy, as a database read gives
        var channel = strings.Share(new string("website".AsSpan()));
        var again = strings.Share(new string("website".AsSpan()));

        Assert.Same(title, fromRow);
        Assert.Same(channel, again);
        Assert.Equal("website", channel);
        Assert.Equal(["the-che", "cai-cach"], strings.ShareList("the-che,cai-cach"));
        Assert.Same(strings.ShareList("the-che,cai-cach"), strings.ShareList(new string("the-che,cai-cach".AsSpan())));
    }

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
