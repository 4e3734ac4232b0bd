using System.Globalization;
using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>"tháng 4" → "tháng tư", "tháng 01" → "tháng một": months written with "tháng" before them.</summary>
internal sealed partial class MonthPass : ISpeechPass
{
    /// <summary>The pattern needs a digit and the word "tháng".</summary>
    public bool MayChange(TextTraits traits) => traits.HasDigit && traits.Has(TextTrait.MonthWord);

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (!text.Contains("háng", StringComparison.Ordinal) || !TextChecks.HasDigit(text))
        {
            return text;
        }

        return MonthRegex().Replace(text, m =>
        {
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 ? $"{m.Groups["kw"].Value} {VietnameseNumbers.Month(month, context.Style)}" : m.Value;
        });
    }

    [GeneratedRegex(@"(?<kw>(?<![\p{L}])[Tt]háng)\s+(?<m>\d{1,2})(?![\p{N}]|[/.,:]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthRegex();
}
