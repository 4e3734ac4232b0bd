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

        text = ReadAfterKeywords(text, context);
        // A section number opens a line.
        return TextChecks.LineStartsWith(text, SectionNumerals)
            ? SectionRegex().Replace(text, m =>
                RomanNumerals.TryParse(m.Groups["r"].Value, out var value) ? $"{m.Groups["pre"].Value}{context.Cardinal(value)}." : m.Value)
            : text;
    }

    /// <summary>
    /// The words after which numerals are read, each also with its first letter in capitals ("Quý"); "tiểu mục" ends with
    /// "mục".
    /// </summary>
    private static readonly string[] Keywords =
    [
        "quý", "phần", "chương", "mục", "điều", "khoản", "phụ lục", "khóa", "khoá", "kỳ", "kì", "thế kỷ", "thế kỉ", "giai đoạn", "đợt",
        "đại hội", "bài", "thứ", "khu vực", "hạng", "giải", "tập", "cấp",
    ];

    /// <summary>
    /// Each keyword followed by numerals, read: a keyword of <see cref="Keywords"/> (first letter in either case, no letter
    /// before it), white space, a whole run of I V X L C D M (or of i v x after "khu vực"), then more runs in capitals joined by
    /// "," or "và", the last not followed by a letter or a number → the keyword, one space and the numbers as
    /// <see cref="Spoken"/> says, the joins as written. A match whose numbers are not all standard numerals (or is a lone
    /// lower-case "i", "v" or "x") is left as written. Matches do not overlap; the next one is looked for after the last.
    /// </summary>
    private static string ReadAfterKeywords(string text, SpeechContext context)
    {
        System.Text.StringBuilder? builder = null;
        var copied = 0;
        var position = 0;
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

            var keywordEnd = TextChecks.SkipSpaceBack(text, i);
            var keywordStart = KeywordStart(text, keywordEnd, position, upper ? Keywords : KhuVuc);
            if (keywordStart < 0 || !TryReadNumerals(text, i, upper, out var end, out var spoken, text.AsSpan(keywordStart, keywordEnd - keywordStart), context))
            {
                continue;
            }

            if (spoken is not null)
            {
                builder ??= new System.Text.StringBuilder(text.Length + 64);
                builder.Append(text, copied, keywordEnd - copied).Append(' ').Append(spoken);
                copied = end;
            }

            position = end;
            i = end;
        }

        return builder is null ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// Where a keyword ending at <paramref name="end"/> starts (not before <paramref name="from"/>, no letter before it), or
    /// -1. When two keywords end there ("tiểu mục", "mục") either gives the same reading: the keyword is copied as written.
    /// </summary>
    private static int KeywordStart(string text, int end, int from, string[] keywords)
    {
        var before = text.AsSpan(0, end);
        foreach (var keyword in keywords)
        {
            var start = end - keyword.Length;
            if (start >= from && before.EndsWith(keyword.AsSpan(1), StringComparison.Ordinal)
                && (before[start] == keyword[0] || before[start] == char.ToUpperInvariant(keyword[0]))
                && (start == 0 || !char.IsLetter(text[start - 1])))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>
    /// The numerals from <paramref name="at"/> on: the first run, then "," or "và" and a run in capitals as long as they
    /// go; a run followed by a letter or a number ends the match before its join (the first one: no match). Gives the end of
    /// the match and the numbers read with their joins, or null when the match stays as written.
    /// </summary>
    private static bool TryReadNumerals(
        string text, int at, bool upper, out int end, out string? spoken, ReadOnlySpan<char> keyword, SpeechContext context)
    {
        spoken = null;
        end = RunEnd(text, at, upper);
        if (end < text.Length && IsLetterOrNumber(text[end]))
        {
            return false;
        }

        var builder = new System.Text.StringBuilder();
        var readable = Append(builder, text.AsSpan(at, end - at), keyword, context);
        while (true)
        {
            var joinEnd = JoinEnd(text, end);
            if (joinEnd < 0 || joinEnd >= text.Length || !Numerals.Contains(text[joinEnd]))
            {
                break;
            }

            var runEnd = RunEnd(text, joinEnd, upper: true);
            if (runEnd < text.Length && IsLetterOrNumber(text[runEnd]))
            {
                break;
            }

            builder.Append(text, end, joinEnd - end);
            readable &= Append(builder, text.AsSpan(joinEnd, runEnd - joinEnd), keyword, context);
            end = runEnd;
        }

        spoken = readable ? builder.ToString() : null;
        return true;
    }

    /// <summary>Appends the reading of one numeral; false when it is not read (not a standard numeral, or a lone lower-case letter).</summary>
    private static bool Append(System.Text.StringBuilder builder, ReadOnlySpan<char> written, ReadOnlySpan<char> keyword, SpeechContext context)
    {
        Span<char> upper = stackalloc char[written.Length];
        written.ToUpperInvariant(upper);
        if ((!written.SequenceEqual(upper) && written.Length < 2) || !RomanNumerals.TryParse(upper, out var value))
        {
            return false;
        }

        builder.Append(Spoken(keyword, value, context));
        return true;
    }

    /// <summary>The end of a run of numerals in capitals (or of i v x) starting at <paramref name="start"/>.</summary>
    private static int RunEnd(string text, int start, bool upper)
    {
        var end = start;
        while (end < text.Length && (upper ? Numerals.Contains(text[end]) : text[end] is 'i' or 'v' or 'x'))
        {
            end++;
        }

        return end;
    }

    /// <summary>The end of a join at <paramref name="start"/>: white space, "," and white space, or white space, "và", white space; -1 when none.</summary>
    private static int JoinEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == ',')
        {
            i++;
        }
        else if (i > start && text.AsSpan(i).StartsWith("và", StringComparison.Ordinal) && i + 2 < text.Length && char.IsWhiteSpace(text[i + 2]))
        {
            i += 2;
        }
        else
        {
            return -1;
        }

        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsLetterOrNumber(char c) => char.IsLetter(c) || char.IsNumber(c);

    /// <summary>The one word after which lower-case numerals are read.</summary>
    private static readonly string[] KhuVuc = ["khu vực"];

    private static readonly System.Buffers.SearchValues<char> SectionNumerals = System.Buffers.SearchValues.Create("IVXL");

    private static readonly System.Buffers.SearchValues<char> Numerals = System.Buffers.SearchValues.Create("IVXLCDM");

    /// <summary>After "thứ" an ordinal; a prize or a class ("giải II", "hạng I") is "nhất", "nhì", "ba", "tư"…; else a cardinal.</summary>
    private static string Spoken(ReadOnlySpan<char> keyword, int value, SpeechContext context)
    {
        if (keyword.EndsWith("thứ", StringComparison.OrdinalIgnoreCase))
        {
            return VietnameseNumbers.Ordinal(value, context.Style);
        }

        var prize = keyword.EndsWith("giải", StringComparison.OrdinalIgnoreCase) || keyword.EndsWith("hạng", StringComparison.OrdinalIgnoreCase);
        return prize && value == 2 ? "nhì" : prize ? VietnameseNumbers.Ordinal(value, context.Style) : context.Cardinal(value);
    }

    [GeneratedRegex(@"(?<pre>(?:^|\n)\s*)(?<r>[IVXL]+)\.(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex SectionRegex();
}
