using System.Text.RegularExpressions;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// Roman numerals, only after a word that takes them (a lone "V" or "I" is a letter): "Quý III" → "Quý ba",
/// "Phần II", "Chương IV", "Mục V", "khóa XV", "thế kỷ XXI"; after "thứ" they are ordinals ("lần thứ IV" →
/// "lần thứ tư"). A Roman numeral opening a line as a section number ("II. NỘI DUNG") is read as a number.
/// </summary>
internal sealed partial class RomanNumeralPass : ISpeechPass
{
    /// <summary>A numeral standing alone or "vự" (the first test of <see cref="Apply"/>).</summary>
    public bool MayChange(TextTraits traits) => traits.Has(TextTrait.StandaloneRoman | TextTrait.Vuc);

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        // A numeral stands after white space (or opens the text) and is not followed by a letter or a number; lower
        // case only after "khu vực".
        if (!TextChecks.StandaloneRun(text, Numerals) && !text.Contains("vực", StringComparison.Ordinal))
        {
            return text;
        }

        text = !NumeralAfterKeyword(text) ? text : AfterKeywordRegex().Replace(text, m =>
        {
            var keyword = m.Groups["kw"].Value;
            var numerals = m.Groups["r"].Captures;
            var joiners = m.Groups["join"].Captures;
            var builder = new System.Text.StringBuilder(keyword);
            for (var i = 0; i < numerals.Count; i++)
            {
                // "khu vực ii" is typed in lower case too; a lone lower-case "i" or "v" stays a letter.
                var written = numerals[i].Value;
                var upper = written.ToUpperInvariant();
                if ((written != upper && written.Length < 2) || !RomanNumerals.TryParse(upper, out var value))
                {
                    return m.Value;
                }

                builder.Append(i == 0 ? " " : joiners[i - 1].Value).Append(Spoken(keyword, value, context));
            }

            return builder.ToString();
        });
        // A section number opens a line.
        return TextChecks.LineStartsWith(text, SectionNumerals)
            ? SectionRegex().Replace(text, m =>
                RomanNumerals.TryParse(m.Groups["r"].Value, out var value) ? $"{m.Groups["pre"].Value}{context.Cardinal(value)}." : m.Value)
            : text;
    }

    /// <summary>
    /// The words of <see cref="AfterKeywordRegex"/>, each also with its first letter in capitals ("[Qq]uý"); "tiểu mục" ends
    /// with "mục".
    /// </summary>
    private static readonly string[] Keywords =
    [
        "quý", "phần", "chương", "mục", "điều", "khoản", "phụ lục", "khóa", "khoá", "kỳ", "kì", "thế kỷ", "thế kỉ", "giai đoạn", "đợt",
        "đại hội", "bài", "thứ", "khu vực", "hạng", "giải", "tập", "cấp",
    ];

    /// <summary>
    /// What <see cref="AfterKeywordRegex"/> needs: after white space a whole run of I V X L C D M (not followed by a letter or a
    /// number) with one of <see cref="Keywords"/> right before that white space, or a whole run of i v x after "khu vực".
    /// </summary>
    private static bool NumeralAfterKeyword(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i - 1]))
            {
                continue;
            }

            var upper = Numerals.Contains(text[i]);
            if (!upper && text[i] is not ('i' or 'v' or 'x'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (upper ? Numerals.Contains(text[end]) : text[end] is 'i' or 'v' or 'x'))
            {
                end++;
            }

            if ((end == text.Length || !(char.IsLetter(text[end]) || char.IsNumber(text[end])))
                && EndsWithKeyword(text.AsSpan(0, TextChecks.SkipSpaceBack(text, i)), upper ? Keywords : KhuVuc))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one word after which lower-case numerals are read.</summary>
    private static readonly string[] KhuVuc = ["khu vực"];

    private static bool EndsWithKeyword(ReadOnlySpan<char> before, string[] keywords)
    {
        foreach (var keyword in keywords)
        {
            if (before.Length >= keyword.Length && before.EndsWith(keyword.AsSpan(1), StringComparison.Ordinal)
                && before[^keyword.Length] is var first && (first == keyword[0] || first == char.ToUpperInvariant(keyword[0])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> SectionNumerals = System.Buffers.SearchValues.Create("IVXL");

    private static readonly System.Buffers.SearchValues<char> Numerals = System.Buffers.SearchValues.Create("IVXLCDM");

    /// <summary>After "thứ" an ordinal; a prize or a class ("giải II", "hạng I") is "nhất", "nhì", "ba", "tư"…; else a cardinal.</summary>
    private static string Spoken(string keyword, int value, SpeechContext context)
    {
        if (keyword.EndsWith("thứ", StringComparison.OrdinalIgnoreCase))
        {
            return VietnameseNumbers.Ordinal(value, context.Style);
        }

        var prize = keyword.EndsWith("giải", StringComparison.OrdinalIgnoreCase) || keyword.EndsWith("hạng", StringComparison.OrdinalIgnoreCase);
        return prize && value == 2 ? "nhì" : prize ? VietnameseNumbers.Ordinal(value, context.Style) : context.Cardinal(value);
    }

    [GeneratedRegex(@"(?<kw>(?<![\p{L}])(?:[Qq]uý|[Pp]hần|[Cc]hương|[Mm]ục|[Tt]iểu mục|[Đđ]iều|[Kk]hoản|[Pp]hụ lục|[Kk]hóa|[Kk]hoá|[Kk]ỳ|[Kk]ì|[Tt]hế kỷ|[Tt]hế kỉ|[Gg]iai đoạn|[Đđ]ợt|[Đđ]ại hội|[Bb]ài|[Tt]hứ|[Kk]hu vực|[Hh]ạng|[Gg]iải|[Tt]ập|[Cc]ấp))\s+(?<r>[IVXLCDM]+|(?<=[Kk]hu vực\s+)[ivx]+)(?:(?<join>\s*,\s*|\s+và\s+)(?<r>[IVXLCDM]+))*(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex AfterKeywordRegex();

    [GeneratedRegex(@"(?<pre>(?:^|\n)\s*)(?<r>[IVXL]+)\.(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex SectionRegex();
}
