namespace CchcPublisher.Speech.Passes;

/// <summary>
/// A full date "d/M/yyyy" (also with "." or "-") as <see cref="DatePass"/>'s pattern
/// <c>(?&lt;![\p{N}/.,-])(?&lt;d&gt;\d{1,2})\s*(?&lt;sep&gt;[/.-])\s*(?&lt;m&gt;\d{1,2})\s*\k&lt;sep&gt;\s*(?&lt;y&gt;\d{4})(?![\p{N}/])</c>
/// finds it, read by hand: the pattern's typical window holds one such date, and the scan costs less than the regular
/// expression and its match objects. <c>\d</c> is <see cref="char.IsDigit(char)"/>, <c>\p{N}</c> <see cref="char.IsNumber(char)"/>,
/// <c>\s</c> <see cref="char.IsWhiteSpace(char)"/>. No part of the pattern can give back what it took (a digit is neither white
/// space nor a separator), so the match from a start is the greedy one or none.
/// </summary>
/// <param name="Start">Where the day starts.</param>
/// <param name="End">Just after the year.</param>
/// <param name="Day">The day's digits.</param>
/// <param name="Month">The month's digits.</param>
/// <param name="Year">The year's four digits.</param>
internal readonly record struct FullDate(int Start, int End, Range Day, Range Month, Range Year)
{
    /// <summary>
    /// The first date at or after <paramref name="from"/>, the next match of the pattern when the last one ended at
    /// <paramref name="from"/>.
    /// </summary>
    public static bool TryFind(ReadOnlySpan<char> text, int from, out FullDate date)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (char.IsDigit(text[i]) && (i == 0 || !(char.IsNumber(text[i - 1]) || text[i - 1] is '/' or '.' or ',' or '-'))
                && TryRead(text, i, out date))
            {
                return true;
            }
        }

        date = default;
        return false;
    }

    /// <summary>The day, month and year are written with the digits 0–9 only (else their value is read as the pattern's user reads it).</summary>
    public bool IsAscii(ReadOnlySpan<char> text) =>
        AllAscii(text[Day]) && AllAscii(text[Month]) && AllAscii(text[Year]);

    /// <summary>The value of 0–9 digits.</summary>
    public static int Value(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private static bool AllAscii(ReadOnlySpan<char> digits) => !digits.ContainsAnyExceptInRange('0', '9');

    /// <summary>The pattern from <paramref name="start"/> (a digit that may start it).</summary>
    private static bool TryRead(ReadOnlySpan<char> text, int start, out FullDate date)
    {
        date = default;
        var dayEnd = Digits(text, start, 2);
        var i = TextChecks.SkipSpace(text, dayEnd);
        if (i >= text.Length || text[i] is not ('/' or '.' or '-'))
        {
            return false;
        }

        var separator = text[i];
        var monthStart = TextChecks.SkipSpace(text, i + 1);
        var monthEnd = Digits(text, monthStart, 2);
        i = TextChecks.SkipSpace(text, monthEnd);
        if (monthEnd == monthStart || i >= text.Length || text[i] != separator)
        {
            return false;
        }

        var yearStart = TextChecks.SkipSpace(text, i + 1);
        var yearEnd = Digits(text, yearStart, 4);
        if (yearEnd - yearStart != 4 || (yearEnd < text.Length && (char.IsNumber(text[yearEnd]) || text[yearEnd] == '/')))
        {
            return false;
        }

        date = new FullDate(start, yearEnd, start..dayEnd, monthStart..monthEnd, yearStart..yearEnd);
        return true;
    }

    /// <summary>The end of at most <paramref name="most"/> digits from <paramref name="i"/>.</summary>
    private static int Digits(ReadOnlySpan<char> text, int i, int most)
    {
        var end = Math.Min(text.Length, i + most);
        while (i < end && char.IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }
}
