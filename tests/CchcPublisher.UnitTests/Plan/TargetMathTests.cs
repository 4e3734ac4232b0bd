using CchcPublisher.Plan;

namespace CchcPublisher.UnitTests.Plan;

public sealed class TargetMathTests
{
    private static PlanTarget Target(int atLeast, PeriodUnit per, DateRange window) => new()
    {
        Kind = PlanTargetKind.Form,
        Form = "website",
        AtLeast = atLeast,
        Per = per,
        Window = window,
    };

    [Theory]
    [InlineData(1, "Week", 52)]
    [InlineData(2, "Week", 104)]
    [InlineData(1, "Month", 12)]
    [InlineData(1, "Quarter", 4)]
    [InlineData(3, "Half", 6)]
    [InlineData(1, "Year", 1)]
    [InlineData(5, "Whole", 5)]
    public void RequiredForWindow_Year2026_UnitsTimesMinimum(int atLeast, string per, int expected)
    {
        Assert.Equal(expected, TargetMath.RequiredForWindow(Target(atLeast, Enum.Parse<PeriodUnit>(per), PlanCalendar.Year(2026))));
    }

    [Fact]
    public void RequiredForWindow_WindowShorterThanUnit_StillRequiresMinimum()
    {
        var october = PlanCalendar.Month(2026, 10);

        Assert.Equal(2, TargetMath.RequiredForWindow(Target(2, PeriodUnit.Quarter, october)));
    }

    [Fact]
    public void RequiredFor_QuarterOfYearlyWeeklyTarget_IsItsShareOfDays()
    {
        var target = Target(1, PeriodUnit.Week, PlanCalendar.Year(2026));

        Assert.Equal(13, TargetMath.RequiredFor(target, PlanCalendar.Quarter(2026, 1))); // 52 × 90/365 = 12.8
        Assert.Equal(26, TargetMath.RequiredFor(target, PlanCalendar.Half(2026, 2)));    // 52 × 184/365 = 26.2
    }

    [Theory]
    [InlineData(2025, 12, 31, 0)]
    [InlineData(2026, 1, 1, 0)]
    [InlineData(2026, 1, 7, 0)]
    [InlineData(2026, 1, 8, 1)]
    [InlineData(2026, 7, 2, 26)]
    [InlineData(2026, 12, 30, 51)]
    [InlineData(2026, 12, 31, 52)]
    [InlineData(2027, 3, 1, 52)]
    public void ExpectedBy_ProRatesByElapsedDaysRoundingDown(int y, int m, int d, int expected)
    {
        Assert.Equal(expected, TargetMath.ExpectedBy(52, PlanCalendar.Year(2026), PeriodUnit.Week, new DateOnly(y, m, d)));
    }

    [Theory]
    [InlineData(3, 31, 1)]
    [InlineData(6, 29, 1)]
    [InlineData(6, 30, 2)]
    [InlineData(9, 30, 3)]
    public void ExpectedBy_QuarterlyTarget_CompletedQuartersAreDue(int month, int day, int expected)
    {
        Assert.Equal(expected, TargetMath.ExpectedBy(4, PlanCalendar.Year(2026), PeriodUnit.Quarter, new DateOnly(2026, month, day)));
    }
}
