using System.Globalization;

namespace CchcPublisher.Plan;

/// <summary>
/// Calendar arithmetic on local dates: quarters, halves, ISO weeks (across year ends), and the buckets a
/// window splits into. Pure functions; the time zone only matters when days become instants.
/// </summary>
internal static class PlanCalendar
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    public static int QuarterOf(DateOnly day) => (day.Month - 1) / 3 + 1;

    public static int HalfOf(DateOnly day) => day.Month <= 6 ? 1 : 2;

    public static DateRange Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static DateRange Half(int year, int half) =>
        half == 1 ? new(new DateOnly(year, 1, 1), new DateOnly(year, 6, 30)) : new(new DateOnly(year, 7, 1), new DateOnly(year, 12, 31));

    public static DateRange Quarter(int year, int quarter)
    {
        var start = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return new(start, start.AddMonths(3).AddDays(-1));
    }

    public static DateRange Month(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new(start, start.AddMonths(1).AddDays(-1));
    }

    /// <summary>The ISO 8601 week (Monday–Sunday) containing <paramref name="day"/>.</summary>
    public static DateRange IsoWeek(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new(monday, monday.AddDays(6));
    }

    /// <summary>The calendar span of <paramref name="unit"/> containing <paramref name="day"/>.</summary>
    public static DateRange SpanOf(DateOnly day, PeriodUnit unit) => unit switch
    {
        PeriodUnit.Week => IsoWeek(day),
        PeriodUnit.Month => Month(day.Year, day.Month),
        PeriodUnit.Quarter => Quarter(day.Year, QuarterOf(day)),
        PeriodUnit.Half => Half(day.Year, HalfOf(day)),
        PeriodUnit.Year => Year(day.Year),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "A whole window has no calendar span."),
    };

    /// <summary>Vietnamese label of the span of <paramref name="unit"/> containing <paramref name="day"/>.</summary>
    public static string Label(DateOnly day, PeriodUnit unit)
    {
        switch (unit)
        {
            case PeriodUnit.Week:
                var date = day.ToDateTime(TimeOnly.MinValue);
                var week = IsoWeek(day);
                return string.Create(CultureInfo.InvariantCulture,
                    $"Tuần {ISOWeek.GetWeekOfYear(date):00}/{ISOWeek.GetYear(date)} ({week.Start:dd/MM}–{week.End:dd/MM})");
            case PeriodUnit.Month:
                return string.Create(CultureInfo.InvariantCulture, $"Tháng {day.Month}/{day.Year}");
            case PeriodUnit.Quarter:
                return string.Create(CultureInfo.InvariantCulture, $"Quý {Roman[QuarterOf(day) - 1]}/{day.Year}");
            case PeriodUnit.Half:
                return string.Create(CultureInfo.InvariantCulture, $"6 tháng {(HalfOf(day) == 1 ? "đầu" : "cuối")} năm {day.Year}");
            case PeriodUnit.Year:
                return string.Create(CultureInfo.InvariantCulture, $"Năm {day.Year}");
            default:
                throw new ArgumentOutOfRangeException(nameof(unit), unit, "A whole window has no calendar label.");
        }
    }

    /// <summary>Roman numeral of a quarter, as plans write it ("Quý III").</summary>
    public static string RomanQuarter(int quarter) => Roman[quarter - 1];

    /// <summary>
    /// Splits <paramref name="window"/> into the spans of <paramref name="unit"/> that overlap it, each clipped
    /// to the window. <see cref="PeriodUnit.Whole"/> gives the window itself.
    /// </summary>
    public static IReadOnlyList<PeriodBucket> Buckets(DateRange window, PeriodUnit unit)
    {
        if (unit == PeriodUnit.Whole)
        {
            return [new PeriodBucket(window.ToString(), window, window)];
        }

        var buckets = new List<PeriodBucket>();
        var day = window.Start;
        while (day <= window.End)
        {
            var full = SpanOf(day, unit);
            buckets.Add(new PeriodBucket(Label(day, unit), full, full.Intersect(window)!.Value));
            day = full.End.AddDays(1);
        }

        return buckets;
    }

    /// <summary>Vietnamese name of a unit for "1 bài/tuần" style text.</summary>
    public static string UnitName(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Week => "tuần",
        PeriodUnit.Month => "tháng",
        PeriodUnit.Quarter => "quý",
        PeriodUnit.Half => "6 tháng",
        PeriodUnit.Year => "năm",
        _ => "cả kỳ",
    };

    /// <summary>A window that is exactly one calendar span gets that span's name ("Quý I/2026"); otherwise its dates.</summary>
    public static string Describe(DateRange range)
    {
        foreach (var unit in new[] { PeriodUnit.Year, PeriodUnit.Half, PeriodUnit.Quarter, PeriodUnit.Month })
        {
            if (SpanOf(range.Start, unit) == range)
            {
                return Label(range.Start, unit);
            }
        }

        return range.ToString();
    }
}
