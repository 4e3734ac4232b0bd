using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// Numbers with separators: "1.105" → một nghìn một trăm linh năm, "1.234,56" → … phẩy năm mươi sáu,
/// "98,5" → chín mươi tám phẩy năm, section numbers "3.1" → ba chấm một (a dot with one or two digits is not
/// a Vietnamese decimal mark), "2.1.3" → hai chấm một chấm ba.
/// </summary>
internal sealed partial class DecimalNumberPass : ISpeechPass
{
    /// <summary>A digit, "." or ",", and a digit (the first test of <see cref="Apply"/>).</summary>
    public bool MayChange(TextTraits traits) => traits.Has(TextTrait.DigitDotDigit | TextTrait.DigitCommaDigit);

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (!TextChecks.DigitSeparatorDigit(text, Separators))
        {
            return text;
        }

        text = ThousandsRegex().Replace(text, m => context.Number(m.Value));
        text = DecimalRegex().Replace(text, m => context.Number(m.Value));
        return DottedRegex().Replace(text, m => string.Join(" chấm ", m.Value.Split('.').Select(part => context.Cardinal(part))));
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(".,");

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\p{N}]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])\d+,\d+(?![\p{N}]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])\d+(?:\.\d+)+(?![\p{N}]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DottedRegex();
}
