using CchcPublisher.Plan;

namespace CchcPublisher.UnitTests.Plan;

public sealed class PeriodTextTests
{
    private static DateRange R(string from, string to) => new(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2026", "2026-01-01", "2026-12-31")]
    [InlineData("Năm 2026", "2026-01-01", "2026-12-31")]
    [InlineData("6 tháng cuối năm 2025", "2025-07-01", "2025-12-31")]
    [InlineData("6 tháng đầu năm 2026", "2026-01-01", "2026-06-30")]
    [InlineData("2025-H2", "2025-07-01", "2025-12-31")]
    [InlineData("Quý III năm 2025", "2025-07-01", "2025-09-30")]
    [InlineData("Quý III, quý IV năm 2025", "2025-07-01", "2025-12-31")]
    [InlineData("QUÝ 4/2025", "2025-10-01", "2025-12-31")]
    [InlineData("2026-Q1", "2026-01-01", "2026-03-31")]
    [InlineData("Tháng 2/2028", "2028-02-01", "2028-02-29")]
    [InlineData("2026-03", "2026-03-01", "2026-03-31")]
    [InlineData("từ 01/3/2026 đến 31/5/2026", "2026-03-01", "2026-05-31")]
    [InlineData("2026-03-01..2026-05-31", "2026-03-01", "2026-05-31")]
    [InlineData("15/3/2026", "2026-03-15", "2026-03-15")]
    [InlineData("2026-03-15", "2026-03-15", "2026-03-15")]
    public void Parse_PlanWordings_GivesRange(string text, string from, string to)
    {
        var result = PeriodText.Parse(text, defaultYear: null);

        Assert.True(result.Success, result.Error);
        Assert.Equal(R(from, to), result.Value);
    }

    [Theory]
    [InlineData("Thường xuyên")]
    [InlineData("thuong xuyen")]
    [InlineData("Thường xuyên trong năm 2024")]
    [InlineData("Định kỳ hàng tuần hoặc tháng tùy điều kiện cụ thể")]
    [InlineData("Theo Chương trình phối hợp")]
    [InlineData("hằng tuần")]
    [InlineData("Hàng tháng")]
    public void Parse_Ongoing_IsOngoing(string text)
    {
        var result = PeriodText.Parse(text, defaultYear: null);

        Assert.True(result.IsOngoing);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Parse_QuarterWithoutYear_UsesDefaultYear()
    {
        Assert.Equal(PlanCalendar.Quarter(2026, 4), PeriodText.Parse("Quý IV", 2026).Value);
    }

    [Fact]
    public void Parse_QuarterWithoutYearAndNoDefault_AsksForYear()
    {
        var result = PeriodText.Parse("Quý IV", defaultYear: null);

        Assert.False(result.Success);
        Assert.False(result.ErrorIsImpossible);
        Assert.Contains("Thiếu năm", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Quý V năm 2026", "không có quý V")]
    [InlineData("Quý I, quý III năm 2026", "không liền nhau")]
    [InlineData("30/02/2026", "không có ngày 30")]
    [InlineData("từ 31/5/2026 đến 01/3/2026", "trước ngày bắt đầu")]
    [InlineData("Tháng 13/2026", "không có tháng 13")]
    [InlineData("1890", "ngoài khoảng")]
    [InlineData("2026-H3", "H3")]
    public void Parse_ImpossiblePeriod_SaysWhy(string text, string reason)
    {
        var result = PeriodText.Parse(text, defaultYear: null);

        Assert.False(result.Success);
        Assert.True(result.ErrorIsImpossible);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sớm nhất có thể")]
    [InlineData("")]
    [InlineData("Q1")]
    public void Parse_Unreadable_IsInvalidWithExamples(string text)
    {
        var result = PeriodText.Parse(text, defaultYear: null);

        Assert.False(result.Success);
        Assert.False(result.ErrorIsImpossible);
        Assert.Contains("Ví dụ", result.Error, StringComparison.Ordinal);
    }
}
