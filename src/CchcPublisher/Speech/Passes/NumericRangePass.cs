using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// "2-3 ngày" → "hai đến ba ngày", "700-900" → "bảy trăm đến chín trăm", "0,5-0,9" → "… đến …". A dash with a space
/// before it but not after is a minus sign ("nhiệt độ -5"), not a range.
/// </summary>
internal sealed partial class NumericRangePass : ISpeechPass
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

        return RangeRegex().Replace(text, m => $"{context.Number(m.Groups["a"].Value)} đến {context.Number(m.Groups["b"].Value)}");
    }

    private static readonly System.Buffers.SearchValues<char> Dash = System.Buffers.SearchValues.Create("-");

    private const string Num = @"(?:" + NumberText.Pattern + ")";

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,/-])(?<a>" + Num + @")(?:\s*-\s+|-)(?<b>" + Num + @")(?![\p{N}/]|[.,]\d|-\p{N})", RegexOptions.CultureInvariant)]
    private static partial Regex RangeRegex();
}
