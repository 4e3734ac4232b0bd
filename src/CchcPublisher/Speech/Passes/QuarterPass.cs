using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// A quarter with its year: "Quý III/2024", "quý II.2021", "quý I-2021", "quý 02/2021" → "quý ba năm hai nghìn
/// không trăm hai mươi tư". A quarter without a year is left to <see cref="RomanNumeralPass"/> and the cardinals.
/// </summary>
internal sealed partial class QuarterPass : ISpeechPass
{
    /// <summary>The pattern ends with a year: it needs a digit, and the word "quý".</summary>
    public bool MayChange(TextTraits traits) => traits.HasDigit && traits.Has(TextTrait.QuarterWord);

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (!text.Contains("uý", StringComparison.Ordinal))
        {
            return text;
        }

        return QuarterRegex().Replace(text, m =>
        {
            var written = m.Groups["q"].Value;
            var quarter = RomanNumerals.TryParse(written, out var roman) ? roman : int.Parse(written, System.Globalization.CultureInfo.InvariantCulture);
            return quarter is < 1 or > 4
                ? m.Value
                : $"{m.Groups["kw"].Value} {context.Cardinal(quarter)} năm {context.Cardinal(m.Groups["year"].Value)}";
        });
    }

    [GeneratedRegex(@"(?<kw>(?<![\p{L}])[Qq]uý)\s+(?<q>IV|I{1,3}|0?[1-4])\s*[/.-]\s*(?<year>(?:19|20)\d{2})(?![\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterRegex();
}
