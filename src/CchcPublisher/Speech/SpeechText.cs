using System.Text.RegularExpressions;

namespace CchcPublisher.Speech;

/// <summary>Checks on speech-ready text: what a TTS engine would still misread.</summary>
internal static partial class SpeechText
{
    /// <summary>Bit <c>c % 32</c> of word <c>c / 32</c> is <see cref="char.IsLetter(char)"/> of <c>c</c>.</summary>
    private static readonly uint[] Letters = LetterTable();

    /// <summary>
    /// Problems left in <paramref name="spoken"/>: digits, raw acronyms (a word with two or more capitals) and
    /// symbols other than . , ; : ! ?. Empty when the text is ready.
    /// </summary>
    public static IReadOnlyList<string> Problems(string spoken)
    {
        ArgumentNullException.ThrowIfNull(spoken);
        var problems = new List<string>();
        problems.AddRange(DigitRegex().Matches(spoken).Select(m => $"chữ số '{m.Value}'"));
        problems.AddRange(AcronymRegex().Matches(spoken).Where(m => m.Value.Count(char.IsUpper) >= 2).Select(m => $"từ viết tắt '{m.Value}'"));
        problems.AddRange(SymbolRegex().Matches(spoken).Select(m => $"ký hiệu '{m.Value}'"));
        return problems;
    }

    /// <summary>
    /// Syllables (Vietnamese is written one syllable per word): runs of letters, as the regular expression
    /// <c>\p{L}+</c> counts them (<see cref="char.IsLetter(char)"/> is the same five categories, per UTF-16 unit).
    /// A radio script counts every sentence for its reading time, so the letters are looked up in a table of
    /// <see cref="char.IsLetter(char)"/> made once for every UTF-16 unit.
    /// </summary>
    public static int CountSyllables(string spoken)
    {
        ArgumentNullException.ThrowIfNull(spoken);
        var letters = Letters;
        var count = 0;
        var inWord = false;
        foreach (var c in spoken)
        {
            var letter = (letters[c >> 5] & (1u << c)) != 0;
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/>, without the Unicode look-up for letters: the white space above U+00A0 is
    /// U+1680 and U+2000–U+3000, and Vietnamese letters (U+0100–U+01B0, U+1EA0–U+1EF9) are below or between them.
    /// </summary>
    public static bool IsWhiteSpace(char c) =>
        c <= ' ' ? c is ' ' or (>= '\t' and <= '\r')
        : c < '\u0085' ? false
        : c < '\u0100' ? c is '\u0085' or '\u00A0'
        : c == '\u1680' || (c is >= '\u2000' and <= '\u3000' && char.IsWhiteSpace(c));

    private static uint[] LetterTable()
    {
        var table = new uint[(char.MaxValue + 1) / 32];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsLetter((char)c))
            {
                table[c >> 5] |= 1u << c;
            }
        }

        return table;
    }

    [GeneratedRegex(@"\p{N}+", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRegex();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymRegex();

    [GeneratedRegex(@"[^\p{L}\p{M}\s.,;:!?]", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolRegex();
}
