using CchcPublisher.Channels.Http;

namespace CchcPublisher.UnitTests.Channels.Http;

public sealed class TextLimitsTests
{
    [Fact]
    public void Truncate_FitsLimit_ReturnsTrimmedText() =>
        Assert.Equal("Thông báo lịch tiếp dân", TextLimits.Truncate("  Thông báo lịch tiếp dân ", 23));

    [Fact]
    public void Truncate_TooLong_CutsAtWordBoundaryWithEllipsis()
    {
        var result = TextLimits.Truncate("Thông báo lịch tiếp công dân của Chủ tịch UBND xã", 30);

        Assert.Equal("Thông báo lịch tiếp công dân…", result);
        Assert.True(result.Length <= 30);
    }

    [Fact]
    public void Truncate_PunctuationBeforeCut_IsDropped() =>
        Assert.Equal("Một, hai…", TextLimits.Truncate("Một, hai, ba bốn năm", 11));

    [Fact]
    public void Truncate_OneLongWord_CutsInsideWord()
    {
        var result = TextLimits.Truncate(new string('a', 50), 10);

        Assert.Equal(new string('a', 9) + "…", result);
    }

    [Fact]
    public void Truncate_WouldSplitSurrogatePair_KeepsPairWhole()
    {
        var text = new string('a', 8) + "😀" + "bbbb";

        var result = TextLimits.Truncate(text, 10);

        Assert.Equal(new string('a', 8) + "…", result);
    }

    [Theory]
    [InlineData(140)]
    [InlineData(50)]
    [InlineData(300)]
    public void Truncate_AnyLimit_NeverExceedsIt(int limit)
    {
        var text = string.Join(' ', Enumerable.Repeat("cải cách hành chính", 60));

        Assert.True(TextLimits.Truncate(text, limit).Length <= limit);
    }
}
