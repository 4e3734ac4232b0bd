using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
        var text = spoken.AsSpan();
        var count = 0;
        var inWord = false;
        var i = 0;
        if (Vector128.IsHardwareAccelerated && LatinBlockIsLetters)
        {
            // Eight units at a time while they are ASCII, Latin-1 letters to Latin Extended-B or the Vietnamese vowels of
            // Latin Extended Additional (what spoken Vietnamese is made of): one bit per unit, a letter or not, and a
            // word starts at each letter whose previous unit is not one. Any other unit sends its eight to the table.
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                var units = Vector128.LoadUnsafe(ref first, (nuint)i);
                var ascii = Vector128.LessThan(units, Vector128.Create((ushort)0x80));
                var latin = Vector128.LessThanOrEqual(units - Vector128.Create((ushort)0xC0), Vector128.Create((ushort)(0x24F - 0xC0)));
                var vietnamese = Vector128.LessThanOrEqual(units - Vector128.Create((ushort)0x1EA0), Vector128.Create((ushort)(0x1EF9 - 0x1EA0)));
                if (!Vector128.EqualsAll(ascii | latin | vietnamese, Vector128<ushort>.AllBitsSet))
                {
                    for (var k = i; k < i + Vector128<ushort>.Count; k++)
                    {
                        count += Step(text[k], ref inWord);
                    }

                    continue;
                }

                var asciiLetter = ascii & Vector128.LessThanOrEqual((units | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)25));
                var latinLetter = latin & ~Vector128.Equals(units, Vector128.Create((ushort)0xD7)) & ~Vector128.Equals(units, Vector128.Create((ushort)0xF7));
                var letters = Vector128.ExtractMostSignificantBits(asciiLetter | latinLetter | vietnamese);
                var starts = letters & ~((letters << 1) | (inWord ? 1u : 0u));
                count += BitOperations.PopCount(starts);
                inWord = (letters & (1u << (Vector128<ushort>.Count - 1))) != 0;
            }
        }

        for (; i < text.Length; i++)
        {
            count += Step(text[i], ref inWord);
        }

        return count;
    }

    /// <summary>One unit of <see cref="CountSyllables"/> through the table: 1 when a word starts at it.</summary>
    private static int Step(char c, ref bool inWord)
    {
        var letter = IsLetter(c);
        var starts = letter && !inWord ? 1 : 0;
        inWord = letter;
        return starts;
    }

    /// <summary>
    /// Whether every unit from U+00C0 to U+024F but × and ÷ (Latin-1 letters, Latin Extended-A and -B) and from U+1EA0 to
    /// U+1EF9 (the Vietnamese vowels) is a letter, as the vector loop of <see cref="CountSyllables"/> assumes; checked
    /// against the table, so a runtime that disagreed would only lose the loop.
    /// </summary>
    private static readonly bool LatinBlockIsLetters =
        Enumerable.Range(0xC0, 0x24F - 0xC0 + 1).All(c => (c is 0xD7 or 0xF7) != IsLetter(c))
        && Enumerable.Range(0x1EA0, 0x1EF9 - 0x1EA0 + 1).All(IsLetter);

    private static bool IsLetter(int c) => (Letters[c >> 5] & (1u << c)) != 0;

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
