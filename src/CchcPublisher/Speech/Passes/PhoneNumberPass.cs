using System.Text;
using System.Text.RegularExpressions;
using CchcPublisher.Content.Text;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// Telephone numbers and hotlines, digit by digit in the groups they are written in, with a pause (comma)
/// between groups: "0225.3851.234" → "không hai hai năm, ba tám năm một, hai ba bốn". Unseparated numbers are
/// grouped 4-3-3 (mobile) or 4-4 (1900/1800 hotlines); "+84" is "cộng tám bốn". Short numbers after
/// "đường dây nóng", "hotline", "tổng đài", "gọi" (113, 1022) are also read digit by digit.
/// </summary>
internal sealed partial class PhoneNumberPass : ISpeechPass
{
    /// <summary>"(+84" (the area code pattern needs both), eight digits (a number) or three in a row (a hotline or a short number).</summary>
    public bool MayChange(TextTraits traits) =>
        (traits.HasAny(OpenBracket) && traits.HasAny(Plus)) || traits.DigitCount >= 8 || traits.LongestDigitRun >= 3;

    private static readonly UInt128 OpenBracket = TextTraits.Mask("(");
    private static readonly UInt128 Plus = TextTraits.Mask("+");

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains("+84", StringComparison.Ordinal))
        {
            text = AreaCodeRegex().Replace(text, m => $"+84 {m.Groups["area"].Value} ");
        }

        // A phone number is read only with eight digits or more; a hotline or a short code has three in a row.
        if (TextChecks.CountDigits(text) >= 8)
        {
            text = ReadMatches(text, PhoneRegex(), everyMatch: false);
        }

        if (!TextChecks.HasDigitRun(text, 3))
        {
            return text;
        }

        // A hotline starts "1800" or "1900"; a short number follows one of the words that announce it.
        if (text.Contains("1900", StringComparison.Ordinal) || text.Contains("1800", StringComparison.Ordinal))
        {
            text = ReadMatches(text, HotlineRegex(), everyMatch: true);
        }

        return TextChecks.DigitRunAfterWord(text, 3, ContextWords)
            ? ContextRegex().Replace(text, m => m.Groups["pre"].Value + Speak(m.Groups["num"].Value))
            : text;
    }

    /// <summary>The last word of each phrase of <see cref="ContextRegex"/> (the number comes right after it).</summary>
    private static readonly string[] ContextWords =
        ["nóng", "hotline", "đài", "gọi", "ngay", "đến", "tới", "cho", "số", "máy", "fax", "tin", "gửi", "nhắn", "phím", "chính", "thuế", "khoản"];

    /// <summary>
    /// The matches of <paramref name="regex"/> read digit by digit in their groups (<see cref="AppendSpoken"/>): every match,
    /// or only those that are phone numbers (<see cref="IsPhoneNumber"/>). Written into the thread's cached builder, without
    /// a string per match.
    /// </summary>
    private static string ReadMatches(string text, Regex regex, bool everyMatch)
    {
        StringBuilder? builder = null;
        var copied = 0;
        foreach (var match in regex.EnumerateMatches(text))
        {
            var written = text.AsSpan(match.Index, match.Length);
            if (!everyMatch && !IsPhoneNumber(written))
            {
                continue;
            }

            builder ??= StringBuilderCache.Acquire(text.Length + 64);
            builder.Append(text, copied, match.Index - copied);
            AppendSpoken(builder, written);
            copied = match.Index + match.Length;
        }

        return builder is null ? text : StringBuilderCache.ToStringAndRelease(builder.Append(text, copied, text.Length - copied));
    }

    /// <summary>Nine to twelve digits; eight are a number too when written in groups from a leading zero ("0290 1022").</summary>
    private static bool IsPhoneNumber(ReadOnlySpan<char> written)
    {
        var digits = TextChecks.CountDigits(written);
        return digits is >= 9 and <= 12 || (digits == 8 && written[0] == '0' && written.ContainsAnyExceptInRange('0', '9'));
    }

    private static string Speak(string written)
    {
        var builder = new StringBuilder();
        AppendSpoken(builder, written);
        return builder.ToString();
    }

    /// <summary>
    /// "+" as "cộng", then each group of digits as written (each run of digits, what "\d+" matches) digit by digit, the
    /// groups joined by ", "; a number written in one group is grouped 4-4 (8 digits), 4-3-3 (10) or 4-3-4 (11).
    /// </summary>
    private static void AppendSpoken(StringBuilder builder, ReadOnlySpan<char> written)
    {
        var value = written.Trim();
        if (value.StartsWith('+'))
        {
            builder.Append("cộng ");
            value = value[1..];
        }

        var position = 0;
        var groups = 0;
        var (onlyStart, onlyEnd) = (0, 0);
        while (NextGroup(value, ref position, out var start))
        {
            groups++;
            (onlyStart, onlyEnd) = (start, position);
        }

        if (groups == 1)
        {
            AppendRegrouped(builder, value[onlyStart..onlyEnd]);
            return;
        }

        position = 0;
        var separate = false;
        while (NextGroup(value, ref position, out var start))
        {
            builder.Append(separate ? ", " : string.Empty);
            AppendDigits(builder, value[start..position]);
            separate = true;
        }
    }

    /// <summary>The next run of digits (<see cref="char.IsDigit(char)"/>) from <paramref name="position"/>, which ends up after it; false when there is none.</summary>
    private static bool NextGroup(ReadOnlySpan<char> value, ref int position, out int start)
    {
        while (position < value.Length && !char.IsDigit(value[position]))
        {
            position++;
        }

        start = position;
        while (position < value.Length && char.IsDigit(value[position]))
        {
            position++;
        }

        return position > start;
    }

    /// <summary>One group of digits as said: 8 digits 4-4, 10 digits 4-3-3, 11 digits 4-3-4, others as one group.</summary>
    private static void AppendRegrouped(StringBuilder builder, ReadOnlySpan<char> digits)
    {
        var (first, second) = digits.Length switch
        {
            8 => (4, 8),
            10 or 11 => (4, 7),
            _ => (digits.Length, digits.Length),
        };
        AppendDigits(builder, digits[..first]);
        if (first < digits.Length)
        {
            AppendDigits(builder.Append(", "), digits[first..second]);
        }

        if (second < digits.Length)
        {
            AppendDigits(builder.Append(", "), digits[second..]);
        }
    }

    /// <summary>Each ASCII digit as its word, separated by spaces (<see cref="VietnameseNumbers.DigitByDigit"/>).</summary>
    private static void AppendDigits(StringBuilder builder, ReadOnlySpan<char> digits)
    {
        var separate = false;
        foreach (var c in digits)
        {
            if (char.IsAsciiDigit(c))
            {
                builder.Append(separate ? " " : string.Empty).Append(VietnameseNumbers.Digit(c - '0'));
                separate = true;
            }
        }
    }

    // 0225.3851.234, 0912 345 678, 0912345678, +84 912 345 678, 028-3822-1234.
    [GeneratedRegex(@"(?<![\p{L}\p{N}.,/])(?:\+84[\s.-]?|0)\d{1,4}(?:[\s.-]?\d{1,4}){1,6}(?![\p{N}]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneRegex();

    // 1900 1234, 1800.1090, 19001234, 1900 571 234.
    [GeneratedRegex(@"(?<![\p{L}\p{N}.,/])1[89]00[\s.]?\d{3,4}(?:[\s.]?\d{2,4})?(?![\p{N}]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex HotlineRegex();

    // "(+84-28) 38 653 050" → "+84 28 38 653 050".
    [GeneratedRegex(@"\(\s*\+84\s*[-.\s]?\s*(?<area>\d{1,3})\s*\)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AreaCodeRegex();

    // Short numbers and codes after a word that announces them: hotlines, SMS numbers, keys, postcodes, accounts.
    [GeneratedRegex(@"(?<pre>(?<![\p{L}])(?:[Đđ]ường dây nóng|[Hh]otline|[Tt]ổng đài|[Gg]ọi(?: ngay| đến| tới| cho)?(?: số)?|[Ss]ố máy|[Ff]ax|[Ss]oạn tin(?: gửi| đến)?|[Nn]hắn tin(?: đến| tới)?|[Gg]ửi tin nhắn(?: đến| tới)?|[Đđ]ầu số|[Pp]hím|[Mm]ã bưu chính|[Mm]ã số thuế|[Ss]ố tài khoản|[Mm]ã số)\s*:?\s*)(?<num>\d{3,15})(?![\p{N}]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ContextRegex();
}
