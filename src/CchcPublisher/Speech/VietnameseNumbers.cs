using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace CchcPublisher.Speech;

/// <summary>
/// Numbers as Vietnamese speakers read them: mốt (21), lăm (15, 25), tư (24), linh/lẻ (105), "không trăm"
/// inside a thousand group (2021 → hai nghìn không trăm hai mươi mốt), empty groups skipped
/// (2000004 → hai triệu không trăm linh bốn).
/// </summary>
internal static class VietnameseNumbers
{
    /// <summary>Numbers with more digits than this are read digit by digit (they are codes, not amounts).</summary>
    public const int MaxCardinalDigits = 15;

    private static readonly string[] DigitWords = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    /// <summary>
    /// Readings below this are kept, per style, once made: years, days, months and most counts in a news text are
    /// below it, and a text says the same few again and again (≈ 40 KB per style when all are made).
    /// </summary>
    private const int KeptBelow = 10_000;

    private static readonly ConditionalWeakTable<NumberStyle, string?[]> Kept = [];

    public static string Digit(int digit) => DigitWords[digit];

    /// <summary>Cardinal reading of a non-negative integer written in decimal digits (leading zeros ignored).</summary>
    public static string Cardinal(string digits, NumberStyle style)
    {
        ArgumentNullException.ThrowIfNull(digits);
        return Cardinal(digits.AsSpan(), style);
    }

    /// <summary><see cref="Cardinal(string, NumberStyle)"/> of digits inside a longer text, without copying them out first.</summary>
    public static string Cardinal(ReadOnlySpan<char> digits, NumberStyle style)
    {
        var trimmed = digits.TrimStart('0');
        if (trimmed.Length == 0)
        {
            return digits.Length == 0 ? string.Empty : "không";
        }

        return trimmed.Length > MaxCardinalDigits
            ? DigitByDigit(trimmed.ToString())
            : Cardinal(long.Parse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture), style);
    }

    public static string Cardinal(long value, NumberStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        if (value < 0)
        {
            return "âm " + Cardinal(-value, style);
        }

        if (value == 0)
        {
            return "không";
        }

        if (value < KeptBelow)
        {
            var kept = Kept.GetValue(style, static _ => new string?[KeptBelow]);
            return kept[value] ??= Made(value, style);
        }

        return Made(value, style);
    }

    private static string Made(long value, NumberStyle style)
    {
        var builder = new StringBuilder(64);
        AppendCardinal(builder, value, padded: false, style);
        return builder.ToString();
    }

    /// <summary>Every digit on its own: "0225" → "không hai hai năm".</summary>
    public static string DigitByDigit(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        return string.Join(' ', digits.Where(char.IsAsciiDigit).Select(c => DigitWords[c - '0']));
    }

    /// <summary>Ordinal after "thứ": 1 → nhất, 4 → tư, otherwise the cardinal.</summary>
    public static string Ordinal(long value, NumberStyle style) => value switch
    {
        1 => "nhất",
        4 => "tư",
        _ => Cardinal(value, style),
    };

    /// <summary>Month name after "tháng": 4 → tư, otherwise the cardinal (tháng một … tháng mười hai).</summary>
    public static string Month(int month, NumberStyle style) => month == 4 ? "tư" : Cardinal(month, style);

    /// <summary>
    /// The part after a decimal comma: one or two digits without a leading zero are read as a number
    /// (98,5 → năm; 3,14 → mười bốn), anything else digit by digit (0,05 → không năm; 1,002 → không không hai).
    /// </summary>
    public static string Fraction(string digits, NumberStyle style)
    {
        ArgumentNullException.ThrowIfNull(digits);
        return digits.Length <= 2 && digits[0] != '0' ? Cardinal(digits, style) : DigitByDigit(digits);
    }

    private static void AppendCardinal(StringBuilder builder, long value, bool padded, NumberStyle style)
    {
        const long Billion = 1_000_000_000;
        if (value >= Billion)
        {
            AppendCardinal(builder, value / Billion, padded, style);
            Append(builder, "tỷ");
            var rest = value % Billion;
            if (rest > 0)
            {
                AppendCardinal(builder, rest, padded: true, style);
            }

            return;
        }

        // value < 10^9: groups of millions, thousands, units.
        var started = padded;
        AppendScaled(builder, (int)(value / 1_000_000), "triệu", ref started, style);
        AppendScaled(builder, (int)(value / 1000 % 1000), style.Thousand, ref started, style);
        AppendScaled(builder, (int)(value % 1000), string.Empty, ref started, style);
    }

    /// <summary>A group and its scale word ("triệu", "nghìn", none), unless the group is zero.</summary>
    private static void AppendScaled(StringBuilder builder, int group, string scale, ref bool started, NumberStyle style)
    {
        if (group == 0)
        {
            return;
        }

        AppendGroup(builder, group, started, style);
        if (scale.Length > 0)
        {
            Append(builder, scale);
        }

        started = true;
    }

    /// <summary>One group of three digits; <paramref name="full"/> says hundreds and tens are spoken even when zero.</summary>
    private static void AppendGroup(StringBuilder builder, int group, bool full, NumberStyle style)
    {
        var hundreds = group / 100;
        var tens = group / 10 % 10;
        var units = group % 10;
        if (hundreds > 0 || full)
        {
            Append(builder, DigitWords[hundreds]);
            Append(builder, "trăm");
        }

        var hasHundreds = hundreds > 0 || full;
        switch (tens)
        {
            case 0 when units == 0:
                return;
            case 0 when hasHundreds:
                Append(builder, style.ZeroTens);
                Append(builder, DigitWords[units]);
                return;
            case 0:
                Append(builder, DigitWords[units]);
                return;
            case 1:
                Append(builder, "mười");
                if (units > 0)
                {
                    Append(builder, units == 5 ? "lăm" : DigitWords[units]);
                }

                return;
            default:
                Append(builder, DigitWords[tens]);
                Append(builder, "mươi");
                if (units > 0)
                {
                    Append(builder, units switch
                    {
                        1 => "mốt",
                        4 when style.UseTu => "tư",
                        5 => "lăm",
                        _ => DigitWords[units],
                    });
                }

                return;
        }
    }

    private static void Append(StringBuilder builder, string word)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append(word);
    }
}
