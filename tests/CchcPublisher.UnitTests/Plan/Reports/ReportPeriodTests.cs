using CchcPublisher.Plan;
using CchcPublisher.Plan.Reports;

namespace CchcPublisher.UnitTests.Plan.Reports;

public sealed class ReportPeriodTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(1, 2025, 12, 15, 2026, 3, 14)]
    [InlineData(2, 2026, 3, 15, 2026, 6, 14)]
    [InlineData(3, 2026, 6, 15, 2026, 9, 14)]
    [InlineData(4, 2026, 9, 15, 2026, 12, 14)]
    public void Of_StatutoryQuarter_FifteenthOfMonthBeforeToFourteenthOfLastMonth(int quarter, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var period = ReportPeriod.Of(ReportPeriodKind.Quarter, 2026, quarter, ReportPeriodRule.Statutory);

        Assert.Equal(new DateRange(D(y1, m1, d1), D(y2, m2, d2)), period.Days);
    }

    [Fact]
    public void Of_StatutoryHalfAndYear_FromFifteenthOfDecember()
    {
        Assert.Equal(new DateRange(D(2025, 12, 15), D(2026, 6, 14)), ReportPeriod.Of(ReportPeriodKind.Half, 2026, 1, ReportPeriodRule.Statutory).Days);
        Assert.Equal(new DateRange(D(2026, 6, 15), D(2026, 12, 14)), ReportPeriod.Of(ReportPeriodKind.Half, 2026, 2, ReportPeriodRule.Statutory).Days);
        Assert.Equal(new DateRange(D(2025, 12, 15), D(2026, 12, 14)), ReportPeriod.Of(ReportPeriodKind.Year, 2026, 1, ReportPeriodRule.Statutory).Days);
        Assert.Equal("Năm 2026", ReportPeriod.Of(ReportPeriodKind.Year, 2026, 1, ReportPeriodRule.Statutory).Name);
    }

    [Fact]
    public void Of_Calendar_CalendarSpans()
    {
        Assert.Equal(PlanCalendar.Quarter(2026, 1), ReportPeriod.Of(ReportPeriodKind.Quarter, 2026, 1, ReportPeriodRule.Calendar).Days);
        Assert.Equal(PlanCalendar.Half(2026, 2), ReportPeriod.Of(ReportPeriodKind.Half, 2026, 2, ReportPeriodRule.Calendar).Days);
        Assert.Equal(PlanCalendar.Year(2026), ReportPeriod.Of(ReportPeriodKind.Year, 2026, 1, ReportPeriodRule.Calendar).Days);
    }

    [Theory]
    [InlineData(2026, 3, 14, "Quý I/2026")]
    [InlineData(2026, 3, 15, "Quý II/2026")]
    [InlineData(2026, 12, 14, "Quý IV/2026")]
    [InlineData(2026, 12, 15, "Quý I/2027")]
    [InlineData(2026, 12, 31, "Quý I/2027")]
    [InlineData(2027, 1, 1, "Quý I/2027")]
    public void Holding_StatutoryQuarter_BoundaryDays(int year, int month, int day, string name)
    {
        var period = ReportPeriod.Holding(ReportPeriodKind.Quarter, D(year, month, day), ReportPeriodRule.Statutory);

        Assert.Equal(name, period.Name);
        Assert.True(period.Days.Contains(D(year, month, day)));
    }

    [Theory]
    [InlineData(2026, 6, 14, "6 tháng đầu năm 2026")]
    [InlineData(2026, 6, 15, "6 tháng cuối năm 2026")]
    [InlineData(2026, 12, 15, "6 tháng đầu năm 2027")]
    public void Holding_StatutoryHalf_BoundaryDays(int year, int month, int day, string name) =>
        Assert.Equal(name, ReportPeriod.Holding(ReportPeriodKind.Half, D(year, month, day), ReportPeriodRule.Statutory).Name);

    [Fact]
    public void PeriodFor_YearPlan_StatutoryQuarterOneStartsWithThePlanAndQuarterFourEndsOnTheFourteenth()
    {
        var (plan, diagnostics) = PlanTestData.Read(PlanTestData.MinimalPlan);
        Assert.True(plan is not null, string.Join("\n", diagnostics));

        var first = PlanReportBuilder.PeriodFor(plan, ReportPeriodKind.Quarter, D(2026, 2, 1));
        var fourth = PlanReportBuilder.PeriodFor(plan, ReportPeriodKind.Quarter, D(2026, 12, 20));
        var year = PlanReportBuilder.PeriodFor(plan, ReportPeriodKind.Year, D(2026, 12, 31));
        var calendar = PlanReportBuilder.PeriodFor(plan, ReportPeriodKind.Quarter, D(2026, 12, 20), ReportPeriodRule.Calendar);

        Assert.Equal(("Quý I/2026", new DateRange(D(2026, 1, 1), D(2026, 3, 14))), (first.Name, first.Days));
        Assert.Equal(("Quý IV/2026", new DateRange(D(2026, 9, 15), D(2026, 12, 14))), (fourth.Name, fourth.Days));
        Assert.Equal(("Năm 2026", new DateRange(D(2026, 1, 1), D(2026, 12, 14))), (year.Name, year.Days));
        Assert.Equal(PlanCalendar.Quarter(2026, 4), calendar.Days);
    }
}
