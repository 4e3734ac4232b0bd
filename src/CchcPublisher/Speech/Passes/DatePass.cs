using System.Globalization;
using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// Dates in the forms Vietnamese text uses: d/M/yyyy (also with "." or "-"), day ranges "26-28/6/2022",
/// month ranges "01-12/2025", M/yyyy, d/M, and ranges joined by "-" between two dates. A date is read
/// "ngày D tháng M năm Y" with "tháng tư" for April; "ngày" is added unless the text already has "ngày",
/// "mùng" or "mồng". Impossible dates are left alone. A bare d/M is taken as a date only after a word that
/// announces one ("ngày 15/7", "từ 20/4 đến 30/6", "sáng 8/3"): elsewhere "9/10 chỉ tiêu" is a proportion.
/// </summary>
internal sealed partial class DatePass : ISpeechPass
{
    /// <summary>A digit, one of / . - and a digit (the first test of <see cref="Apply"/>).</summary>
    public bool MayChange(TextTraits traits) => traits.Has(TextTrait.DigitSlashDigit | TextTrait.DigitDotDigit | TextTrait.DigitDashDigit);

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        var separators = default(DateSeparatorScan); // scans the text again only after a step changed it
        // Every form has a digit, a separator and a digit ("15/7", "13-2", "21.10"): each step runs only when its
        // separators occur so between digits.
        if (!separators.Has(text, DateSeparator.Any))
        {
            return text;
        }

        // "ngày /8/2025": a month and a year ("y" of "ngày", white space, "/").
        if (separators.Has(text, DateSeparator.Slash, digitsAfter: 4) && LetterYBeforeSlash(text))
        {
            text = BlankDayRegex().Replace(text, m => ValidMonth(m, "m")
                ? $"tháng {Month(m, "m", context)} năm {context.Cardinal(m.Groups["y"].Value)}"
                : m.Value);
        }

        // "2025-10-03".
        if (separators.Has(text, DateSeparator.Dash, digitsAfter: 2))
        {
            text = IsoDateRegex().Replace(text, m =>
                ValidDate(m, "d", "m", "y")
                    ? $"{DayWord(Before(text, m.Index))}{Day(m, "d", context)} tháng {Month(m, "m", context)} năm {context.Cardinal(m.Groups["y"].Value)}"
                    : m.Value);
        }

        // "2024/2025" and "26-28/6/2022" end with a year; "15/7 - 20/7" joins two slash dates.
        if (separators.Has(text, DateSeparator.Slash, digitsAfter: 4) && YearSlashYear(text))
        {
            text = SeasonRegex().Replace(text, m =>
                Int(m, "y2") == Int(m, "y1") + 1 ? $"{context.Cardinal(m.Groups["y1"].Value)} đến {context.Cardinal(m.Groups["y2"].Value)}" : m.Value);
        }

        // The ranges join two numbers with a dash ("15/7 - 20/7", "26-28/6/2022", "7-9/2025", "26-28/6").
        if (separators.Has(text, DateSeparator.Slash) && separators.Has(text, DateSeparator.Dash))
        {
            text = DateRangeJoinRegex().Replace(text, " đến ");
        }

        if (separators.Has(text, DateSeparator.Slash, digitsAfter: 4) && separators.Has(text, DateSeparator.Dash))
        {
            text = Replace(text, DayRangeFullRegex(), (m, before) =>
                ValidDate(m, "d1", "m", "y") && ValidDate(m, "d2", "m", "y")
                    ? $"{DayWord(before)}{Day(m, "d1", context)} đến ngày {Day(m, "d2", context)} tháng {Month(m, "m", context)} năm {context.Cardinal(m.Groups["y"].Value)}"
                    : null);
        }

        // A full date, a month range and a month with its year all end with "/" (or "." "-") and four digits.
        if (separators.Has(text, DateSeparator.Any, digitsAfter: 4))
        {
            text = ReplaceFullDates(text, context) ?? Replace(text, FullDateRegex(), (m, before) =>
                ValidDate(m, "d", "m", "y")
                    ? $"{DayWord(before)}{Day(m, "d", context)} tháng {Month(m, "m", context)} năm {context.Cardinal(m.Groups["y"].Value)}"
                    : null);
        }

        if (separators.Has(text, DateSeparator.Slash, digitsAfter: 4) && separators.Has(text, DateSeparator.Dash))
        {
            text = Replace(text, MonthRangeRegex(), (m, before) =>
                ValidMonth(m, "m1") && ValidMonth(m, "m2")
                    ? $"{MonthWord(before)}{Month(m, "m1", context)} đến tháng {Month(m, "m2", context)} năm {context.Cardinal(m.Groups["y"].Value)}"
                    : null);
        }

        if (separators.Has(text, DateSeparator.Any, digitsAfter: 4))
        {
            text = Replace(text, MonthYearRegex(), (m, before) =>
                ValidMonth(m, "m")
                    ? $"{MonthWord(before)}{Month(m, "m", context)} năm {context.Cardinal(m.Groups["y"].Value)}"
                    : null);
        }

        if (separators.Has(text, DateSeparator.Slash) && separators.Has(text, DateSeparator.Dash))
        {
            text = Replace(text, DayRangeRegex(), (m, before) =>
                ValidDate(m, "d1", "m", null) && ValidDate(m, "d2", "m", null)
                    ? $"{DayWord(before)}{Day(m, "d1", context)} đến ngày {Day(m, "d2", context)} tháng {Month(m, "m", context)}"
                    : null);
        }

        if (separators.Has(text, DateSeparator.Dot) && separators.Has(text, DateSeparator.Dash))
        {
            text = Replace(text, DotDayMonthRangeRegex(), (m, before) =>
                ValidDate(m, "d1", "m1", null) && ValidDate(m, "d2", "m2", null) && StrictDateContextRegex().IsMatch(before)
                    ? $"{DayWord(before)}{Day(m, "d1", context)} tháng {Month(m, "m1", context)} đến ngày {Day(m, "d2", context)} tháng {Month(m, "m2", context)}"
                    : null);
        }

        if (separators.Has(text, DateSeparator.Dot | DateSeparator.Dash))
        {
            text = Replace(text, DashDotDayMonthRegex(), (m, before) =>
                ValidDate(m, "d", "m", null) && StrictDateContextRegex().IsMatch(before)
                    ? $"{DayWord(before)}{Day(m, "d", context)} tháng {Month(m, "m", context)}"
                    : null);
        }

        if (!separators.Has(text, DateSeparator.Slash))
        {
            return text;
        }

        return Replace(text, DayMonthRegex(), (m, before) =>
            ValidDate(m, "d", "m", null) && (DateContextRegex().IsMatch(before) || StrictDateContextRegex().IsMatch(before))
                ? $"{DayWord(before)}{Day(m, "d", context)} tháng {Month(m, "m", context)}"
                : null);
    }

    /// <summary>
    /// <see cref="FullDateRegex"/>'s replacement without the regular expression (<see cref="FullDate"/>): each valid date is
    /// read, an impossible one kept. Null when a date is written with other digits than 0–9: the regular expression reads
    /// that text.
    /// </summary>
    private static string? ReplaceFullDates(string text, SpeechContext context)
    {
        System.Text.StringBuilder? spoken = null;
        var copied = 0;
        for (var from = 0; FullDate.TryFind(text, from, out var date); from = date.End)
        {
            if (!date.IsAscii(text))
            {
                return null;
            }

            var (day, month, year) = (FullDate.Value(text.AsSpan()[date.Day]), FullDate.Value(text.AsSpan()[date.Month]), FullDate.Value(text.AsSpan()[date.Year]));
            if (!ValidDate(day, month, year))
            {
                continue;
            }

            spoken ??= new System.Text.StringBuilder(text.Length + 64);
            spoken.Append(text, copied, date.Start - copied)
                .Append(DayWord(Before(text, date.Start))).Append(context.Cardinal(day))
                .Append(" tháng ").Append(VietnameseNumbers.Month(month, context.Style))
                .Append(" năm ").Append(context.Cardinal(year));
            copied = date.End;
        }

        return spoken is null ? text : spoken.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>What a replacement is given: the match and the text before it (<see cref="TextWindow.Length"/> at most).</summary>
    private delegate string? Evaluator(Match match, ReadOnlySpan<char> before);

    /// <summary>Regex replace whose evaluator also sees the text before the match; <c>null</c> keeps the match.</summary>
    private static string Replace(string text, Regex regex, Evaluator evaluator) =>
        regex.Replace(text, m => evaluator(m, Before(text, m.Index)) ?? m.Value);

    /// <summary>The text of <see cref="TextWindow.Before"/>, without a copy.</summary>
    private static ReadOnlySpan<char> Before(string text, int index) => text.AsSpan(Math.Max(0, index - TextWindow.Length), Math.Min(index, TextWindow.Length));

    // A street or square named after a date ("đường 2-9", "Quảng trường 19-8") is said without "ngày".
    private static string DayWord(ReadOnlySpan<char> before) =>
        EndsWithWord(before, "ngày", wholeWord: false) || EndsWithWord(before, "mùng", wholeWord: false) || EndsWithWord(before, "mồng", wholeWord: false)
            || EndsWithWord(before, "đường", wholeWord: true) || EndsWithWord(before, "trường", wholeWord: true) || EndsWithWord(before, "phố", wholeWord: true)
            ? string.Empty
            : "ngày ";

    private static string MonthWord(ReadOnlySpan<char> before) => EndsWithWord(before, "tháng", wholeWord: false) ? string.Empty : "tháng ";

    /// <summary>
    /// <paramref name="before"/> ends with <paramref name="word"/>, case aside, then white space: <c>word\s*$</c> with
    /// <see cref="RegexOptions.IgnoreCase"/> (the words have no letter with a case mapping beyond its own upper and lower
    /// case, where that and <see cref="StringComparison.OrdinalIgnoreCase"/> agree); when <paramref name="wholeWord"/>, not
    /// after a letter either (<c>(?&lt;![\p{L}])</c>).
    /// </summary>
    private static bool EndsWithWord(ReadOnlySpan<char> before, string word, bool wholeWord)
    {
        var end = before.Length;
        while (end > 0 && char.IsWhiteSpace(before[end - 1]))
        {
            end--;
        }

        var start = end - word.Length;
        return start >= 0 && before[start..end].Equals(word, StringComparison.OrdinalIgnoreCase)
            && !(wholeWord && start > 0 && char.IsLetter(before[start - 1]));
    }

    /// <summary>A "/" with "y" or "Y" before it, after white space: what <see cref="BlankDayRegex"/> needs ("ngày /8/2025").</summary>
    private static bool LetterYBeforeSlash(string text)
    {
        for (var i = text.IndexOf('/', StringComparison.Ordinal); i >= 0; i = text.IndexOf('/', i + 1))
        {
            var j = i;
            while (j > 0 && char.IsWhiteSpace(text[j - 1]))
            {
                j--;
            }

            if (j > 0 && text[j - 1] is 'y' or 'Y')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "19" or "20" and two digits, white space, "/", white space, "19" or "20": what <see cref="SeasonRegex"/> needs
    /// ("2024/2025"; its <c>\d</c> is any decimal digit, <see cref="char.IsDigit(char)"/>).
    /// </summary>
    private static bool YearSlashYear(string text)
    {
        for (var i = text.IndexOf('/', StringComparison.Ordinal); i >= 0; i = text.IndexOf('/', i + 1))
        {
            var j = i;
            while (j > 0 && char.IsWhiteSpace(text[j - 1]))
            {
                j--;
            }

            var k = i + 1;
            while (k < text.Length && char.IsWhiteSpace(text[k]))
            {
                k++;
            }

            if (j >= 4 && CenturyAt(text, j - 4) && char.IsDigit(text[j - 2]) && char.IsDigit(text[j - 1]) && k + 1 < text.Length && CenturyAt(text, k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CenturyAt(string text, int i) => (text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0');

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string Day(Match m, string group, SpeechContext context) => context.Cardinal(Int(m, group));

    private static string Month(Match m, string group, SpeechContext context) => VietnameseNumbers.Month(Int(m, group), context.Style);

    private static bool ValidMonth(Match m, string group) => Int(m, group) is >= 1 and <= 12;

    private static bool ValidDate(Match m, string day, string month, string? year)
    {
        var d = Int(m, day);
        var mo = Int(m, month);
        if (mo is < 1 or > 12 || d < 1)
        {
            return false;
        }

        // Without a year, 29/2 is allowed (a leap year is possible).
        var y = year is null ? 2000 : Int(m, year);
        return ValidDate(d, mo, y);
    }

    private static bool ValidDate(int day, int month, int year) =>
        month is >= 1 and <= 12 && day >= 1 && year >= 1 && day <= DateTime.DaysInMonth(year, month);

    private const string DateIsh = @"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?|\d{1,2}\s*/\s*\d{4}";

    [GeneratedRegex(@"(?<![\p{L}])ngày\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>\d{4})(?![\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BlankDayRegex();

    [GeneratedRegex(@"(?<=(?<![\p{N}/])(?:" + DateIsh + @"))\s*-\s*(?=(?:" + DateIsh + @")(?![\p{N}/]))", RegexOptions.CultureInvariant)]
    private static partial Regex DateRangeJoinRegex();

    [GeneratedRegex(@"(?<![\p{N}/.,-])(?<d1>\d{1,2})\s*-\s*(?<d2>\d{1,2})\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>\d{4})(?![\p{N}/])", RegexOptions.CultureInvariant)]
    private static partial Regex DayRangeFullRegex();

    [GeneratedRegex(@"(?<![\p{N}/.,-])(?<d>\d{1,2})\s*(?<sep>[/.-])\s*(?<m>\d{1,2})\s*\k<sep>\s*(?<y>\d{4})(?![\p{N}/])", RegexOptions.CultureInvariant)]
    private static partial Regex FullDateRegex();

    [GeneratedRegex(@"(?<![\p{N}/.,-])(?<m1>\d{1,2})\s*-\s*(?<m2>\d{1,2})\s*/\s*(?<y>(?:19|20)\d{2})(?![\p{N}/])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthRangeRegex();

    [GeneratedRegex(@"(?<![\p{N}/.,-])(?<m>\d{1,2})\s*[/.-]\s*(?<y>(?:19|20)\d{2})(?![\p{N}/])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYearRegex();

    [GeneratedRegex(@"(?<![\p{N}/.,-])(?<d1>\d{1,2})\s*-\s*(?<d2>\d{1,2})\s*/\s*(?<m>\d{1,2})(?![\p{N}/]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayRangeRegex();

    [GeneratedRegex(@"(?<![\p{N}/.,-])(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})(?![\p{N}/]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthRegex();

    // 2025-10-03.
    [GeneratedRegex(@"(?<![\p{N}/.,-])(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})(?![\p{N}/-])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateRegex();

    // A season or school year over two calendar years: "niên vụ 2024/2025".
    [GeneratedRegex(@"(?<![\p{N}/.,-])(?<y1>(?:19|20)\d{2})\s*/\s*(?<y2>(?:19|20)\d{2})(?![\p{N}/])", RegexOptions.CultureInvariant)]
    private static partial Regex SeasonRegex();

    // "30.4 - 1.5": two dotted dates joined by a dash (only in a date context).
    [GeneratedRegex(@"(?<![\p{N}/.,-])(?<d1>\d{1,2})\.(?<m1>\d{1,2})\s*-\s*(?<d2>\d{1,2})\.(?<m2>\d{1,2})(?![\p{N}/]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DotDayMonthRangeRegex();

    // "ngày 13-2", "Sáng 21.10" (only in a date context: elsewhere "2-3 ngày" is a range and "1.5" a number).
    [GeneratedRegex(@"(?<![\p{N}/.,-])(?<d>\d{1,2})[.-](?<m>\d{1,2})(?![\p{N}/]|[.,-]\d|\s*-\s*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DashDotDayMonthRegex();

    // Words after which "13-2" or "21.10" can only be a day and a month.
    [GeneratedRegex(@"(?:(?<![\p{L}])(?:ngày|mùng|mồng|sáng|chiều|tối|trưa|đêm|hôm|dịp|lễ|sớm|khánh|niệm|đường|trường|nay|qua|mai|ngày\s+\d{1,2}\s+(?:đến|tới))\s*,?\s*\(?|\d{1,2}\s*[/.-]\s*\d{1,2}\s*(?:và|,)|(?<![\p{L}])(?:từ|đến|tới)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s+(?:đến|tới))\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StrictDateContextRegex();

    [GeneratedRegex(@"(?:(?<![\p{L}])(?:ngày|mùng|mồng|từ|đến|tới|sáng|chiều|tối|trưa|đêm|hôm|dịp|trước|sau|hạn|lúc|vào|nay|thứ\s+\p{L}+|chủ nhật)\s*,?\s*\(?|\()\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateContextRegex();
}
