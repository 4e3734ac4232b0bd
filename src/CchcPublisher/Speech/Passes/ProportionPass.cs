using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// What is left of "a/b" between numbers after dates and document symbols is a score or a proportion:
/// "85/100 điểm" → "tám mươi lăm trên một trăm điểm", "9/10 chỉ tiêu" → "chín trên mười chỉ tiêu". An impossible date ("32/02/2001") ends up here too.
/// </summary>
internal sealed partial class ProportionPass : ISpeechPass
{
    /// <summary>A digit, "/" or ":", and a digit (the first test of <see cref="Apply"/>).</summary>
    public bool MayChange(TextTraits traits) => traits.Has(TextTrait.DigitSlashDigit | TextTrait.DigitColonDigit);

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (!TextChecks.DigitSeparatorDigit(text, Separators))
        {
            return text;
        }

        text = ScaleRatioRegex().Replace(text, m => $"{m.Groups["kw"].Value}{context.Number(m.Groups["a"].Value)} trên {context.Number(m.Groups["b"].Value)}");
        return ProportionRegex().Replace(text, m =>
            string.Join(" trên ", m.Groups["n"].Captures.Select(c => context.Number(c.Value))));
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create("/:");

    private const string Num = @"(?:" + NumberText.Pattern + ")";

    // A map scale: "tỷ lệ 1:500", "tỉ lệ 1/2.000".
    [GeneratedRegex(@"(?<kw>(?<![\p{L}])(?:[Tt]ỷ|[Tt]ỉ) lệ\s+)(?<a>\d+)\s*[:/]\s*(?<b>" + Num + @")(?![\p{L}\p{N}/]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ScaleRatioRegex();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,/])(?<n>" + Num + @")(?:\s*/\s*(?<n>" + Num + @"))+(?![\p{L}\p{N}/]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ProportionRegex();
}
