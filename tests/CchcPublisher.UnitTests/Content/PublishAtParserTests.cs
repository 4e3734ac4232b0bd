using CchcPublisher.Content.Diagnostics;
using static CchcPublisher.UnitTests.Content.ContentTestFactory;

namespace CchcPublisher.UnitTests.Content;

public sealed class PublishAtParserTests
{
    private static DateTimeOffset? PublishAt(string value, string timeZone = "Asia/Ho_Chi_Minh")
    {
        var result = Parse($"---\ntitle: T\ncategories: cong-vu\npublish_at: {value}\n---\nNội dung.\n", Parser(timeZone));
        Assert.Empty(result.Diagnostics);
        return result.Article!.PublishAt;
    }

    [Theory]
    [InlineData("2026-12-07 07:30")]
    [InlineData("2026-12-07T07:30")]
    [InlineData("2026-12-07T07:30:00")]
    [InlineData("2026-12-07t07:30:00.000")]
    [InlineData("\"2026-12-07 07:30\"")]
    public void Parse_NoOffset_ReadInCommuneZone(string value)
    {
        var publishAt = PublishAt(value);

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 7, 30, 0, TimeSpan.FromHours(7)), publishAt);
        Assert.Equal(new DateTime(2026, 12, 7, 0, 30, 0, DateTimeKind.Utc), publishAt!.Value.UtcDateTime);
    }

    [Fact]
    public void Parse_DateOnly_MeansMidnightLocal()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.FromHours(7)), PublishAt("2026-12-07"));
    }

    [Theory]
    [InlineData("2026-12-07T07:30:00+07:00", 7)]
    [InlineData("2026-12-07T07:30:00Z", 0)]
    [InlineData("2026-12-07 07:30 +0530", 5.5)]
    [InlineData("2026-12-07T07:30-03", -3)]
    public void Parse_ExplicitOffset_KeptAsWritten(string value, double offsetHours)
    {
        var publishAt = PublishAt(value);

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 7, 30, 0, TimeSpan.FromHours(offsetHours)), publishAt);
        Assert.Equal(TimeSpan.FromHours(offsetHours), publishAt!.Value.Offset);
    }

    [Fact]
    public void Parse_ExplicitOffset_IgnoresCommuneZone()
    {
        Assert.Equal(PublishAt("2026-12-07T07:30:00Z"), PublishAt("2026-12-07T07:30:00Z", "America/New_York"));
    }

    [Theory]
    [InlineData("2026-07-01 09:00", -4)]
    [InlineData("2026-12-01 09:00", -5)]
    public void Parse_NonDefaultZone_UsesItsRulesIncludingDaylightSaving(string value, int expectedOffset)
    {
        var publishAt = PublishAt(value, "America/New_York");

        Assert.Equal(TimeSpan.FromHours(expectedOffset), publishAt!.Value.Offset);
        Assert.Equal(9, publishAt.Value.Hour);
    }

    [Fact]
    public void Parse_SkippedDaylightSavingHour_IsImpossible()
    {
        var result = Parse("---\ntitle: T\ncategories: cong-vu\npublish_at: 2026-03-08 02:30\n---\nNội dung.\n", Parser("America/New_York"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.ImpossibleDate, 4, 13), (error.Code, error.Line, error.Column));
        Assert.Contains("America/New_York", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RepeatedDaylightSavingHour_TakesEarlierInstant()
    {
        var publishAt = PublishAt("2026-11-01 01:30", "America/New_York");

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 1, 30, 0, TimeSpan.FromHours(-4)), publishAt);
    }

    [Fact]
    public void Parse_LeapDay_AcceptedInLeapYearOnly()
    {
        Assert.NotNull(PublishAt("2028-02-29 07:00"));
        var result = Parse("---\ntitle: T\ncategories: cong-vu\npublish_at: 2027-02-29 07:00\n---\nNội dung.\n");
        Assert.Equal(DiagnosticCodes.ImpossibleDate, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Parse_PublishAtAsList_ReportsWrongType()
    {
        var result = Parse("---\ntitle: T\ncategories: cong-vu\npublish_at: [2026-12-07]\n---\nNội dung.\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.WrongType, 4, 13), (error.Code, error.Line, error.Column));
    }
}
