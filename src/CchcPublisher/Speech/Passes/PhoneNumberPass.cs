using System.Text;
using System.Text.RegularExpressions;

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
            // Eight digits are a number too when written in groups from a leading zero ("0290 1022").
            text = PhoneRegex().Replace(text, m =>
            {
                var written = m.Value;
                var digits = CountDigits(written);
                return digits is >= 9 and <= 12 || (digits == 8 && written[0] == '0' && written.AsSpan().ContainsAnyExceptInRange('0', '9'))
                    ? Speak(written)
                    : written;
            });
        }

        if (!TextChecks.HasDigitRun(text, 3))
        {
            return text;
        }

        // A hotline starts "1800" or "1900"; a short number follows one of the words that announce it.
        if (text.Contains("1900", StringComparison.Ordinal) || text.Contains("1800", StringComparison.Ordinal))
        {
            text = HotlineRegex().Replace(text, m => Speak(m.Value));
        }

        return TextChecks.DigitRunAfterWord(text, 3, ContextWords)
            ? ContextRegex().Replace(text, m => m.Groups["pre"].Value + Speak(m.Groups["num"].Value))
            : text;
    }

    /// <summary>The last word of each phrase of <see cref="ContextRegex"/> (the number comes right after it).</summary>
    private static readonly string[] ContextWords =
        ["nóng", "hotline", "đài", "gọi", "ngay", "đến", "tới", "cho", "số", "máy", "fax", "tin", "gửi", "nhắn", "phím", "chính", "thuế", "khoản"];

    private static int CountDigits(string value) => TextChecks.CountDigits(value);

    private static string Speak(string written)
    {
        var builder = new StringBuilder();
        var value = written.Trim();
        if (value.StartsWith('+'))
        {
            builder.Append("cộng ");
            value = value[1..];
        }

        // The groups as written: each run of digits (what "\d+" matches).
        var groups = new List<string>(4);
        for (var i = 0; i < value.Length;)
        {
            if (!char.IsDigit(value[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < value.Length && char.IsDigit(value[i]))
            {
                i++;
            }

            groups.Add(value[start..i]);
        }

        if (groups.Count == 1)
        {
            groups = Regroup(groups[0]);
        }

        for (var g = 0; g < groups.Count; g++)
        {
            builder.Append(g == 0 ? string.Empty : ", ").Append(VietnameseNumbers.DigitByDigit(groups[g]));
        }

        return builder.ToString();
    }

    private static List<string> Regroup(string digits) => digits.Length switch
    {
        8 => [digits[..4], digits[4..]],
        10 => [digits[..4], digits[4..7], digits[7..]],
        11 => [digits[..4], digits[4..7], digits[7..]],
        _ => [digits],
    };

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
