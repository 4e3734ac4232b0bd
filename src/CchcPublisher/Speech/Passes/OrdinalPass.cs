using System.Globalization;
using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>"thứ 1" → "thứ nhất", "thứ 4" → "thứ tư", "xếp hạng 1" → "xếp hạng nhất"; other numbers as cardinals.</summary>
internal sealed partial class OrdinalPass : ISpeechPass
{
    /// <summary>The pattern needs a digit and the word "thứ" or "hạng".</summary>
    public bool MayChange(TextTraits traits) => traits.HasDigit && traits.Has(TextTrait.OrdinalWord);

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (!TextChecks.HasDigit(text) || !(text.Contains("hứ", StringComparison.Ordinal) || text.Contains("ạng", StringComparison.Ordinal)))
        {
            return text;
        }

        return OrdinalRegex().Replace(text, m =>
            $"{m.Groups["kw"].Value} {VietnameseNumbers.Ordinal(long.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), context.Style)}");
    }

    [GeneratedRegex(@"(?<kw>(?<![\p{L}])(?:[Tt]hứ|[Hh]ạng))\s+0*(?<n>\d{1,9})(?![\p{L}\p{N}]|[.,/:]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalRegex();
}
