using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>"98,5%" → "chín mươi tám phẩy năm phần trăm"; "3-5%" → "ba đến năm phần trăm".</summary>
internal sealed partial class PercentPass : ISpeechPass
{
    /// <summary>The patterns need "%".</summary>
    public bool MayChange(TextTraits traits) => traits.HasAny(Percent);

    private static readonly UInt128 Percent = TextTraits.Mask("%");

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (!text.Contains('%', StringComparison.Ordinal))
        {
            return text;
        }

        // A range needs its "-".
        if (text.Contains('-', StringComparison.Ordinal))
        {
            text = RangeRegex().Replace(text, m =>
                $"{context.Number(m.Groups["a"].Value, dotIsDecimal: true)} đến {context.Number(m.Groups["b"].Value, dotIsDecimal: true)} phần trăm");
        }

        return PercentRegex().Replace(text, m => $"{context.Number(m.Groups["a"].Value, dotIsDecimal: true)} phần trăm");
    }

    private const string Num = @"(?:" + NumberText.Pattern + ")";

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<a>" + Num + @")\s*%?\s*-\s*(?<b>" + Num + @")\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex RangeRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<a>" + Num + @")\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex PercentRegex();
}
