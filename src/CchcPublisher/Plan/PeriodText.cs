using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CchcPublisher.Plan;

/// <summary>
/// Reads the period of a plan and the "thời gian thực hiện" of a task, written the way plans write them:
/// <list type="bullet">
/// <item><c>2026</c>, <c>Năm 2026</c>; <c>6 tháng đầu năm 2026</c>, <c>6 tháng cuối năm 2025</c>, <c>2025-H2</c></item>
/// <item><c>Quý III năm 2025</c>, <c>Quý III, quý IV năm 2025</c>, <c>Quý 3/2025</c>, <c>2025-Q3</c> (several quarters must follow each other)</item>
/// <item><c>Tháng 3/2026</c>, <c>2026-03</c>; a day <c>2026-03-15</c> or <c>15/3/2026</c></item>
/// <item>a range <c>2026-03-01..2026-05-31</c>, <c>từ 01/3/2026 đến 31/5/2026</c></item>
/// <item><c>Thường xuyên</c> (ongoing: the whole plan period; tasks only)</item>
/// </list>
/// Without a year ("Quý IV") the <c>defaultYear</c> applies, when there is one.
/// </summary>
internal static partial class PeriodText
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    private const string Examples = "Ví dụ: \"Năm 2026\", \"6 tháng cuối năm 2025\", \"Quý III, quý IV năm 2025\", \"Tháng 3/2026\", \"từ 01/3/2026 đến 31/5/2026\" hoặc \"Thường xuyên\".";

    public static PeriodParseResult Parse(string text, int? defaultYear)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return PeriodParseResult.Invalid("Thời gian để trống. " + Examples);
        }

        if (OngoingPattern().IsMatch(normalized))
        {
            return PeriodParseResult.Ongoing();
        }

        if (RangePattern().Match(normalized) is { Success: true } range)
        {
            var from = ParseDate(range.Groups["a"].Value);
            var to = ParseDate(range.Groups["b"].Value);
            if (from.Error is not null || to.Error is not null)
            {
                return PeriodParseResult.Impossible(from.Error ?? to.Error!);
            }

            return to.Day < from.Day
                ? PeriodParseResult.Impossible($"ngày kết thúc {to.Day:dd/MM/yyyy} trước ngày bắt đầu {from.Day:dd/MM/yyyy}")
                : PeriodParseResult.Range(new DateRange(from.Day, to.Day));
        }

        if (DatePattern().IsMatch(normalized))
        {
            var day = ParseDate(normalized);
            return day.Error is null ? PeriodParseResult.Range(new DateRange(day.Day, day.Day)) : PeriodParseResult.Impossible(day.Error);
        }

        if (YearPattern().Match(normalized) is { Success: true } year)
        {
            return WithYear(year.Groups["y"].Value, null, y => PlanCalendar.Year(y));
        }

        if (HalfPattern().Match(normalized) is { Success: true } half)
        {
            var which = half.Groups["h"].Value is "1" or "dau" ? 1 : 2;
            return WithYear(half.Groups["y"].Value, defaultYear, y => PlanCalendar.Half(y, which));
        }

        if (IsoHalfPattern().Match(normalized) is { Success: true } isoHalf)
        {
            var which = int.Parse(isoHalf.Groups["h"].Value, CultureInfo.InvariantCulture);
            return which is 1 or 2
                ? WithYear(isoHalf.Groups["y"].Value, null, y => PlanCalendar.Half(y, which))
                : PeriodParseResult.Impossible($"một năm chỉ có hai nửa năm (H1, H2), không có H{which}");
        }

        if (IsoQuarterPattern().Match(normalized) is { Success: true } isoQuarter)
        {
            return Quarters([isoQuarter.Groups["q"].Value], isoQuarter.Groups["y"].Value, null);
        }

        if (QuarterPattern().Match(normalized) is { Success: true } quarter)
        {
            var numbers = quarter.Groups["q"].Captures.Select(c => c.Value).ToList();
            return Quarters(numbers, quarter.Groups["y"].Value, defaultYear);
        }

        if (MonthPattern().Match(normalized) is { Success: true } month)
        {
            var number = int.Parse(month.Groups["m"].Value, CultureInfo.InvariantCulture);
            return number is < 1 or > 12
                ? PeriodParseResult.Impossible($"không có tháng {number}")
                : WithYear(month.Groups["y"].Value, defaultYear, y => PlanCalendar.Month(y, number));
        }

        return PeriodParseResult.Invalid($"Không hiểu thời gian \"{text.Trim()}\". " + Examples);
    }

    private static PeriodParseResult Quarters(List<string> numbers, string yearText, int? defaultYear)
    {
        var quarters = new List<int>();
        foreach (var number in numbers)
        {
            var value = QuarterNumber(number);
            if (value is < 1 or > 4)
            {
                return PeriodParseResult.Impossible($"một năm chỉ có quý I đến quý IV, không có quý {number.ToUpperInvariant()}");
            }

            quarters.Add(value);
        }

        quarters.Sort();
        for (var i = 1; i < quarters.Count; i++)
        {
            if (quarters[i] != quarters[i - 1] + 1)
            {
                return PeriodParseResult.Impossible(
                    $"các quý {string.Join(", ", quarters.Select(PlanCalendar.RomanQuarter))} không liền nhau; hãy tách thành các nhiệm vụ riêng");
            }
        }

        return WithYear(yearText, defaultYear, y =>
            new DateRange(PlanCalendar.Quarter(y, quarters[0]).Start, PlanCalendar.Quarter(y, quarters[^1]).End));
    }

    private static int QuarterNumber(string text) => text.ToUpperInvariant() switch
    {
        "I" or "1" => 1,
        "II" or "2" => 2,
        "III" or "3" => 3,
        "IV" or "4" => 4,
        _ => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0,
    };

    private static PeriodParseResult WithYear(string yearText, int? defaultYear, Func<int, DateRange> build)
    {
        int year;
        if (yearText.Length > 0)
        {
            year = int.Parse(yearText, CultureInfo.InvariantCulture);
        }
        else if (defaultYear is { } fallback)
        {
            year = fallback;
        }
        else
        {
            return PeriodParseResult.Invalid("Thiếu năm: kỳ của kế hoạch không nằm gọn trong một năm nên phải ghi rõ năm (ví dụ \"Quý IV năm 2025\").");
        }

        return year is < MinYear or > MaxYear
            ? PeriodParseResult.Impossible($"năm {year} nằm ngoài khoảng cho phép ({MinYear}–{MaxYear})")
            : PeriodParseResult.Range(build(year));
    }

    private static (DateOnly Day, string? Error) ParseDate(string text)
    {
        var iso = IsoDatePattern().Match(text);
        var parts = iso.Success
            ? (Y: iso.Groups["y"].Value, M: iso.Groups["m"].Value, D: iso.Groups["d"].Value)
            : DayFirstDatePattern().Match(text) is { Success: true } vn
                ? (Y: vn.Groups["y"].Value, M: vn.Groups["m"].Value, D: vn.Groups["d"].Value)
                : (Y: "0", M: "0", D: "0");
        var year = int.Parse(parts.Y, CultureInfo.InvariantCulture);
        var month = int.Parse(parts.M, CultureInfo.InvariantCulture);
        var day = int.Parse(parts.D, CultureInfo.InvariantCulture);
        if (year is < MinYear or > MaxYear)
        {
            return (default, $"năm {year} nằm ngoài khoảng cho phép ({MinYear}–{MaxYear})");
        }

        if (month is < 1 or > 12)
        {
            return (default, $"không có tháng {month}");
        }

        var days = DateTime.DaysInMonth(year, month);
        return day < 1 || day > days
            ? (default, $"tháng {month}/{year} không có ngày {day} (chỉ có {days} ngày)")
            : (new DateOnly(year, month, day), null);
    }

    /// <summary>Lower case, no diacritics (so "Quý", "quy" and "QUÝ" read alike), single spaces, "đ" as "d".</summary>
    private static string Normalize(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch { 'đ' => 'd', '–' or '—' => '-', _ => c });
        }

        return WhiteSpace().Replace(builder.ToString(), " ").Trim().TrimEnd('.');
    }

    /// <summary>
    /// Recurring or event-bound wording plans use for a task's time, kept as written: the whole plan period.
    /// "Thường xuyên trong năm 2024", "Định kỳ hàng tuần hoặc tháng tùy điều kiện cụ thể", "hằng tuần",
    /// "Theo Chương trình phối hợp", "Theo kế hoạch của cấp trên".
    /// </summary>
    [GeneratedRegex(@"^(?:thuong xuyen|ongoing|ca nam|lien tuc|dinh ky|hang (?:ngay|tuan|thang|quy|nam)|theo (?:chuong trinh|ke hoach|yeu cau|chi dao|huong dan|lich))(?:\b.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OngoingPattern();

    [GeneratedRegex(@"^(?:tu (?:ngay )?)?(?<a>\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})\s*(?:\.\.|\s-\s|\s?den (?:ngay )?)\s*(?<b>\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"^(?:ngay )?(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$|^(?:ngay )?(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDatePattern();

    [GeneratedRegex(@"^(?:ngay )?(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstDatePattern();

    [GeneratedRegex(@"^(?:nam )?(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^6 thang (?<h>dau|cuoi)(?: nam)?(?: (?<y>\d{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex HalfPattern();

    [GeneratedRegex(@"^(?<y>\d{4})-h(?<h>\d)$|^h(?<h>\d)[/ -](?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoHalfPattern();

    [GeneratedRegex(@"^(?<y>\d{4})-q(?<q>\d)$|^q(?<q>\d)[/ -](?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoQuarterPattern();

    [GeneratedRegex(@"^quy (?<q>[ivx]+|\d)(?:(?:,| va| -|,? ?quy)+ ?(?:quy )?(?<q>[ivx]+|\d))*(?:(?: nam |/| )(?<y>\d{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(?:thang (?<m>\d{1,2})(?:(?: nam |/)(?<y>\d{4}))?|(?<y>\d{4})-(?<m>\d{1,2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();
}
