using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// "giai đoạn 2021-2030" → "… hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm ba mươi". Runs before
/// the date passes, which would otherwise read "21-2030" as a month and year.
/// </summary>
internal sealed partial class YearRangePass : ISpeechPass
{
    /// <summary>A digit, a dash and a digit (the first test of <see cref="Apply"/>).</summary>
    public bool MayChange(TextTraits traits) => traits.Has(TextTrait.DigitDashDigit);

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (!TextChecks.DigitSeparatorDigit(text, Dash))
        {
            return text;
        }

        return YearRangeRegex().Replace(text, m => $"{context.Cardinal(m.Groups["from"].Value)} đến {context.Cardinal(m.Groups["to"].Value)}");
    }

    private static readonly System.Buffers.SearchValues<char> Dash = System.Buffers.SearchValues.Create("-");

    [GeneratedRegex(@"(?<![\p{N}/.,-])(?<from>(?:19|20)\d{2})\s*-\s*(?<to>(?:19|20)\d{2})(?![\p{N}/])", RegexOptions.CultureInvariant)]
    private static partial Regex YearRangeRegex();
}
