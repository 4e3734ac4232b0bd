using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// Roman numerals, only after a word that takes them (a lone "V" or "I" is a letter): "Quý III" → "Quý ba",
/// "Phần II", "Chương IV", "Mục V", "khóa XV", "thế kỷ XXI"; after "thứ" they are ordinals ("lần thứ IV" →
/// "lần thứ tư"). A Roman numeral opening a line as a section number ("II. NỘI DUNG") is read as a number.
/// </summary>
internal sealed partial class RomanNumeralPass : ISpeechPass
{
    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        text = AfterKeywordRegex().Replace(text, m =>
        {
            if (!RomanNumerals.TryParse(m.Groups["r"].Value, out var value))
            {
                return m.Value;
            }

            var keyword = m.Groups["kw"].Value;
            var spoken = keyword.EndsWith("thứ", StringComparison.OrdinalIgnoreCase)
                ? VietnameseNumbers.Ordinal(value, context.Style)
                : context.Cardinal(value);
            return $"{keyword} {spoken}";
        });
        return SectionRegex().Replace(text, m =>
            RomanNumerals.TryParse(m.Groups["r"].Value, out var value) ? $"{m.Groups["pre"].Value}{context.Cardinal(value)}." : m.Value);
    }

    [GeneratedRegex(@"(?<kw>(?<![\p{L}])(?:[Qq]uý|[Pp]hần|[Cc]hương|[Mm]ục|[Tt]iểu mục|[Đđ]iều|[Kk]hoản|[Pp]hụ lục|[Kk]hóa|[Kk]hoá|[Kk]ỳ|[Kk]ì|[Tt]hế kỷ|[Tt]hế kỉ|[Gg]iai đoạn|[Đđ]ợt|[Đđ]ại hội|[Bb]ài|[Tt]hứ))\s+(?<r>[IVXLCDM]+)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex AfterKeywordRegex();

    [GeneratedRegex(@"(?<pre>(?:^|\n)\s*)(?<r>[IVXL]+)\.(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex SectionRegex();
}
