using CchcPublisher.Plan;

namespace CchcPublisher.UnitTests.Plan;

public sealed class PlanCalendarTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2026, 1, 1, 2025, 12, 29, "Tuần 01/2026 (29/12–04/01)")]
    [InlineData(2027, 1, 1, 2026, 12, 28, "Tuần 53/2026 (28/12–03/01)")]
    [InlineData(2024, 12, 30, 2024, 12, 30, "Tuần 01/2025 (30/12–05/01)")]
    [InlineData(2021, 1, 3, 2020, 12, 28, "Tuần 53/2020 (28/12–03/01)")]
    [InlineData(2026, 6, 15, 2026, 6, 15, "Tuần 25/2026 (15/06–21/06)")]
    public void IsoWeek_AcrossYearEnds_StartsOnMondayWithIsoNumber(int y, int m, int d, int my, int mm, int md, string label)
    {
        var week = PlanCalendar.IsoWeek(D(y, m, d));

        Assert.Equal(D(my, mm, md), week.Start);
        Assert.Equal(DayOfWeek.Monday, week.Start.DayOfWeek);
        Assert.Equal(7, week.Days);
        Assert.Equal(label, PlanCalendar.Label(D(y, m, d), PeriodUnit.Week));
    }

    [Theory]
    [InlineData(2, 14, 1, "Quý I/2026")]
    [InlineData(3, 31, 1, "Quý I/2026")]
    [InlineData(4, 1, 2, "Quý II/2026")]
    [InlineData(9, 30, 3, "Quý III/2026")]
    [InlineData(12, 31, 4, "Quý IV/2026")]
    public void Quarter_ContainingDay_IsCalendarQuarter(int month, int day, int quarter, string label)
    {
        var span = PlanCalendar.SpanOf(D(2026, month, day), PeriodUnit.Quarter);

        Assert.Equal(PlanCalendar.Quarter(2026, quarter), span);
        Assert.Equal(label, PlanCalendar.Label(D(2026, month, day), PeriodUnit.Quarter));
    }

    [Fact]
    public void Quarter_EndsOnLastDayOfThirdMonth()
    {
        Assert.Equal(new DateRange(D(2026, 1, 1), D(2026, 3, 31)), PlanCalendar.Quarter(2026, 1));
        Assert.Equal(new DateRange(D(2026, 4, 1), D(2026, 6, 30)), PlanCalendar.Quarter(2026, 2));
        Assert.Equal(new DateRange(D(2026, 10, 1), D(2026, 12, 31)), PlanCalendar.Quarter(2026, 4));
    }

    [Fact]
    public void Half_SplitsAtJuly()
    {
        Assert.Equal(new DateRange(D(2025, 7, 1), D(2025, 12, 31)), PlanCalendar.SpanOf(D(2025, 7, 1), PeriodUnit.Half));
        Assert.Equal(new DateRange(D(2025, 1, 1), D(2025, 6, 30)), PlanCalendar.SpanOf(D(2025, 6, 30), PeriodUnit.Half));
        Assert.Equal("6 tháng cuối năm 2025", PlanCalendar.Label(D(2025, 8, 1), PeriodUnit.Half));
    }

    [Fact]
    public void Buckets_WeeksOfYear2026_ClipsIsoWeeksAtBothEnds()
    {
        var buckets = PlanCalendar.Buckets(PlanCalendar.Year(2026), PeriodUnit.Week);

        Assert.Equal(53, buckets.Count);
        Assert.Equal(new DateRange(D(2026, 1, 1), D(2026, 1, 4)), buckets[0].Days);
        Assert.Equal(new DateRange(D(2025, 12, 29), D(2026, 1, 4)), buckets[0].Full);
        Assert.False(buckets[0].IsComplete);
        Assert.Equal(new DateRange(D(2026, 12, 28), D(2026, 12, 31)), buckets[^1].Days);
        Assert.Equal(51, buckets.Count(b => b.IsComplete));
        Assert.Equal(365.0 / 7, buckets.Sum(b => b.Fraction), precision: 9);
    }

    [Fact]
    public void Buckets_MonthsOfHalfYear_AreSixWholeMonths()
    {
        var buckets = PlanCalendar.Buckets(PlanCalendar.Half(2025, 2), PeriodUnit.Month);

        Assert.Equal(["Tháng 7/2025", "Tháng 8/2025", "Tháng 9/2025", "Tháng 10/2025", "Tháng 11/2025", "Tháng 12/2025"], buckets.Select(b => b.Label));
        Assert.All(buckets, b => Assert.True(b.IsComplete));
    }

    [Fact]
    public void Buckets_WindowAcrossYearEnd_QuartersOfBothYears()
    {
        var buckets = PlanCalendar.Buckets(new DateRange(D(2025, 11, 15), D(2026, 2, 10)), PeriodUnit.Quarter);

        Assert.Equal(["Quý IV/2025", "Quý I/2026"], buckets.Select(b => b.Label));
        Assert.Equal(D(2025, 11, 15), buckets[0].Days.Start);
        Assert.Equal(D(2026, 2, 10), buckets[1].Days.End);
    }

    [Fact]
    public void Describe_ExactCalendarSpan_UsesItsName()
    {
        Assert.Equal("Năm 2026", PlanCalendar.Describe(PlanCalendar.Year(2026)));
        Assert.Equal("6 tháng đầu năm 2026", PlanCalendar.Describe(PlanCalendar.Half(2026, 1)));
        Assert.Equal("Quý III/2026", PlanCalendar.Describe(PlanCalendar.Quarter(2026, 3)));
        Assert.Equal("05/01/2026 – 20/01/2026", PlanCalendar.Describe(new DateRange(D(2026, 1, 5), D(2026, 1, 20))));
    }

    [Fact]
    public void ToInstants_CommuneZone_StartsAtLocalMidnight()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

        var (from, to) = PlanCalendar.Quarter(2026, 1).ToInstants(zone);

        Assert.Equal(new DateTimeOffset(2025, 12, 31, 17, 0, 0, TimeSpan.Zero), from);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 17, 0, 0, TimeSpan.Zero), to);
    }

    [Fact]
    public void StartOfDay_DaylightSavingGap_MovesToFirstValidMinute()
    {
        // Santiago skips 00:00–01:00 on its spring-forward day (2026-09-06).
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

        var start = DateRange.StartOfDay(D(2026, 9, 6), zone);

        Assert.Equal(D(2026, 9, 6), DateRange.LocalDay(start, zone));
        Assert.Equal(D(2026, 9, 5), DateRange.LocalDay(start.AddMinutes(-1), zone));
    }
}
