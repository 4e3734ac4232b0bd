using CchcPublisher.Channels.Zalo;

namespace CchcPublisher.UnitTests.Channels.Zalo;

public sealed class ZaloTokenHealthTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    private static readonly DateTimeOffset Now = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Describe_NoStoredChain_NotAnAlarm()
    {
        var (text, attention) = ZaloTokenHealth.Describe(null, Now, Zone);

        Assert.False(attention);
        Assert.Contains("Chưa làm mới", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_RefreshedYesterday_AgeExpiryAndAccessTokenInCommuneTime()
    {
        var state = new ZaloTokenState("r", "a", Now.AddHours(20), Now.AddDays(-1), null);

        var (text, attention) = ZaloTokenHealth.Describe(state, Now, Zone);

        Assert.False(attention);
        Assert.Contains("nhận lúc 01/12/2026 09:00 (1 ngày trước)", text, StringComparison.Ordinal);
        Assert.Contains("hết hạn khoảng 01/03/2027 09:00 (còn 89 ngày)", text, StringComparison.Ordinal);
        Assert.Contains("Mã truy cập còn hạn đến 03/12/2026 05:00", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20, false)]
    [InlineData(15, false)]
    [InlineData(13, true)]
    [InlineData(1, true)]
    public void Describe_CloseToThreeMonths_WarnsFromFourteenDaysLeft(int daysLeft, bool expected)
    {
        var refreshed = Now.AddDays(-(90 - daysLeft));

        var (text, attention) = ZaloTokenHealth.Describe(new ZaloTokenState("r", null, null, refreshed, null), Now, Zone);

        Assert.Equal(expected, attention);
        Assert.Equal(expected, text.Contains("Sắp hết hạn", StringComparison.Ordinal));
        Assert.Contains($"(còn {daysLeft} ngày)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_OlderThanThreeMonths_NeedsReauthorisation()
    {
        var (text, attention) = ZaloTokenHealth.Describe(new ZaloTokenState("r", null, null, Now.AddDays(-91), null), Now, Zone);

        Assert.True(attention);
        Assert.Contains("cần cấp quyền lại", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_Refused_SaysWhatTheAdminMustDo()
    {
        var (text, attention) = ZaloTokenHealth.Describe(new ZaloTokenState("r", null, null, Now.AddDays(-3), null, Now.AddHours(-2)), Now, Zone);

        Assert.True(attention);
        Assert.Contains("từ chối mã làm mới lúc 02/12/2026 07:00", text, StringComparison.Ordinal);
        Assert.Contains("Channels:Zalo:RefreshToken", text, StringComparison.Ordinal);
    }
}
