using System.Text.RegularExpressions;

namespace CchcPublisher.Speech;

/// <summary>
/// Written numbers in Vietnamese typography: "." groups thousands (1.105), "," is the decimal mark (98,5).
/// </summary>
internal static partial class NumberText
{
    /// <summary>A written number: thousands-grouped with an optional decimal part, or plain digits with one.</summary>
    public const string Pattern = @"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?(?:\.\d{1,2}(?!\d))?";

    /// <summary>
    /// Reads a number written as <see cref="Pattern"/>. A single dot followed by one or two digits (3.5) is
    /// not Vietnamese typography: it is read "chấm" (section numbers, "4.0") unless
    /// <paramref name="dotIsDecimal"/> (amounts, percentages, measures), where it is read "phẩy".
    /// </summary>
    public static string Read(string written, NumberStyle style, bool dotIsDecimal = false)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(style);
        written = written.Trim();

        // Most numbers are plain ASCII digits ("95%", "2026"): neither form below can match them (both need a mark).
        if (!written.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return VietnameseNumbers.Cardinal(written, style);
        }

        if (ThousandsRegex().Match(written) is { Success: true } thousands)
        {
            var whole = VietnameseNumbers.Cardinal(thousands.Groups["int"].Value.Replace(".", string.Empty, StringComparison.Ordinal), style);
            return thousands.Groups["frac"].Success
                ? $"{whole} phẩy {VietnameseNumbers.Fraction(thousands.Groups["frac"].Value, style)}"
                : whole;
        }

        if (DecimalRegex().Match(written) is { Success: true } decimalNumber)
        {
            var mark = decimalNumber.Groups["mark"].Value == "," || dotIsDecimal ? "phẩy" : "chấm";
            var fraction = mark == "phẩy"
                ? VietnameseNumbers.Fraction(decimalNumber.Groups["frac"].Value, style)
                : VietnameseNumbers.Cardinal(decimalNumber.Groups["frac"].Value, style);
            return $"{VietnameseNumbers.Cardinal(decimalNumber.Groups["int"].Value, style)} {mark} {fraction}";
        }

        return written.All(char.IsAsciiDigit) ? VietnameseNumbers.Cardinal(written, style) : written;
    }

    [GeneratedRegex(@"^(?<int>\d{1,3}(?:\.\d{3})+)(?:,(?<frac>\d+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsRegex();

    [GeneratedRegex(@"^(?<int>\d+)(?<mark>[,.])(?<frac>\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalRegex();
}
