using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// A number with a leading zero that names a document or programme is said digit by digit, as everyone says
/// it: "Đề án 06" → "Đề án không sáu", "Chỉ thị 04" → "Chỉ thị không bốn". With "số" it is a document number
/// and the zero is silent ("Kế hoạch số 05" → "Kế hoạch số năm", issue 13), as it is elsewhere ("05 nhóm").
/// </summary>
internal sealed partial class LeadingZeroCodePass : ISpeechPass
{
    /// <summary>A "0" after white space and before a digit (<see cref="HasLeadingZeroNumber"/> also wants a letter before the space).</summary>
    public bool MayChange(TextTraits traits) => traits.Has(TextTrait.SpaceZeroDigit);

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HasLeadingZeroNumber(text)
            ? CodeRegex().Replace(text, m => m.Groups["kw"].Value + VietnameseNumbers.DigitByDigit(m.Groups["n"].Value))
            : text;
    }

    /// <summary>A "0" before a digit, after white space that follows a letter (the document word): what the pattern needs.</summary>
    private static bool HasLeadingZeroNumber(string text)
    {
        for (var i = text.IndexOf('0', StringComparison.Ordinal); i >= 0 && i + 1 < text.Length; i = text.IndexOf('0', i + 1))
        {
            if (!char.IsAsciiDigit(text[i + 1]))
            {
                continue;
            }

            var j = i;
            while (j > 0 && char.IsWhiteSpace(text[j - 1]))
            {
                j--;
            }

            if (j < i && j > 0 && char.IsLetter(text[j - 1]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<kw>(?<![\p{L}])(?:đề án|chỉ thị|nghị quyết|nghị định|quyết định|kế hoạch|thông tư|công văn|kết luận|chương trình|quy định|hướng dẫn|thông báo|báo cáo|văn bản)\s+)(?<n>0\d+)(?![\p{N}]|[.,]\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CodeRegex();
}
