using CchcPublisher.Cli;

namespace CchcPublisher.UnitTests.Cli;

public sealed class CliFormatTests
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    [Fact]
    public void ParseDueUntil_NoOffset_IsCommuneLocalTime() =>
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 10, 0, 0, TimeSpan.Zero), CliFormat.ParseDueUntil("2026-12-31T17:00", Vietnam).ToUniversalTime());

    [Theory]
    [InlineData("2026-12-31T17:00+07:00", 10)]
    [InlineData("2026-12-31T17:00Z", 17)]
    [InlineData("2026-12-31T17:00:00-05:00", 22)]
    public void ParseDueUntil_WithOffset_TakenAsWritten(string text, int utcHour) =>
        Assert.Equal(utcHour, CliFormat.ParseDueUntil(text, Vietnam).UtcDateTime.Hour);

    [Fact]
    public void ParseDueUntil_DateOnly_MeansEndOfThatLocalDay()
    {
        var value = CliFormat.ParseDueUntil("2026-12-31", Vietnam);

        Assert.Equal(new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.FromHours(7)), value, TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromHours(7), value.Offset);
    }

    [Fact]
    public void ParseDueUntil_OtherZone_UsesThatZonesOffset()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

        Assert.Equal(TimeSpan.FromHours(1), CliFormat.ParseDueUntil("2026-07-01T09:00", london).Offset);
        Assert.Equal(TimeSpan.Zero, CliFormat.ParseDueUntil("2026-12-01T09:00", london).Offset);
    }

    [Theory]
    [InlineData("31/12/2026")]
    [InlineData("2026-02-30")]
    [InlineData("2026-12-31T25:00")]
    [InlineData("ngày mai")]
    public void ParseDueUntil_Invalid_ThrowsVietnameseCliError(string text)
    {
        var error = Assert.Throws<CliException>(() => CliFormat.ParseDueUntil(text, Vietnam));

        Assert.Contains("không phải thời điểm hợp lệ", error.Message, StringComparison.Ordinal);
    }
}
