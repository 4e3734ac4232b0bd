using CchcPublisher.Common;

namespace CchcPublisher.UnitTests.Common;

/// <summary>A large read keeps one instance of each repeated value and list, and the caller's own instance of what it already holds.</summary>
public sealed class SharedStringsTests
{
    [Fact]
    public void Share_ValueTheCallerHolds_IsTheCallersInstance_OthersSharedAmongRows()
    {
        var title = "Hướng dẫn nộp hồ sơ trực tuyến";
        var strings = new SharedStrings([title, "2026/bai-1"]);

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
    public void Share_EqualLists_OneInstance_WithSharedValues_OtherOrderOrLengthApart()
    {
        var strings = new SharedStrings();

        var first = strings.Share(["website", "zalo"]);
        var again = strings.Share([new string("website".AsSpan()), new string("zalo".AsSpan())]);
        var reversed = strings.Share(["zalo", "website"]);
        var longer = strings.Share(["website", "zalo", "radio"]);

        Assert.Same(first, again);
        Assert.NotSame(first, reversed);
        Assert.NotSame(first, longer);
        Assert.Equal(["zalo", "website"], reversed);
        Assert.Same(first[0], longer[0]);
        Assert.Same(first[1], reversed[0]);
    }
}
