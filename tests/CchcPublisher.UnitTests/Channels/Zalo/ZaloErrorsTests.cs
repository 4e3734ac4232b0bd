using CchcPublisher.Channels.Zalo;

namespace CchcPublisher.UnitTests.Channels.Zalo;

public sealed class ZaloErrorsTests
{
    private static readonly DateTimeOffset Evening = new(2026, 3, 2, 23, 15, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData(-216, "RefreshToken")]
    [InlineData(-220, "RefreshToken")]
    [InlineData(-32, "RetryLater")]
    [InlineData(-214, "Processing")]
    [InlineData(-200, "RetryLater")]
    [InlineData(-201, "Permanent")]
    [InlineData(-211, "Permanent")]
    [InlineData(-223, "Permanent")]
    [InlineData(-124, "Permanent")]
    public void Describe_Code_KindFromReferenceTable(int code, string expected) =>
        Assert.Equal(Enum.Parse<ZaloErrorKind>(expected), ZaloErrors.Describe(code, null, Evening).Kind);

    [Fact]
    public void Describe_QuietHours_RetryAtSixInTheMorning() =>
        Assert.Equal(TimeSpan.FromMinutes(6 * 60 + 45), ZaloErrors.Describe(-234, "not sendable", Evening).RetryAfter);

    [Fact]
    public void Describe_EarlyMorning_RetrySameDayAtSix() =>
        Assert.Equal(TimeSpan.FromHours(1), ZaloErrors.Describe(-234, null, new DateTimeOffset(2026, 3, 3, 5, 0, 0, TimeSpan.FromHours(7))).RetryAfter);

    [Fact]
    public void Describe_AnyCode_ExplanationEndsWithCodeAndZaloMessage()
    {
        var info = ZaloErrors.Describe(-201, "title allow 1 to 150 characters", Evening);

        Assert.EndsWith("[Zalo -201: title allow 1 to 150 characters]", info.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_LongMessage_Shortened() =>
        Assert.True(ZaloErrors.Describe(-1, new string('x', 5000), Evening).Explanation.Length < 600);
}
