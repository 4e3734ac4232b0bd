using System.Buffers;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// Cheap tests a pass makes before running a regular expression: each is a <em>necessary</em> condition for a
/// match (a character the pattern cannot do without, a digit followed by a separator…), so a pass that skips its
/// pattern when the test fails reads the text exactly as it would have. Most reading windows hold one number or one
/// acronym, so most patterns of the cascade are skipped. All are linear scans without allocation.
/// <para>
/// Digits are ASCII: <see cref="CharacterCleanupPass"/> runs first and turns every other digit into 0–9, so after it
/// <c>\d</c> and <c>0-9</c> are the same. White space is <see cref="char.IsWhiteSpace(char)"/>, which is <c>\s</c>.
/// </para>
/// </summary>
internal static class TextChecks
{
    /// <summary>Horizontal white space below U+0100 other than the plain space (what <c>[^\S\n]</c> matches besides ' ').</summary>
    private static readonly SearchValues<char> OtherLatinSpace = SearchValues.Create("\t\v\f\r\u0085\u00A0");

    public static bool HasDigit(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>Some run of digits is followed, after white space when <paramref name="spaces"/>, by one of <paramref name="next"/>.</summary>
    public static bool DigitThen(ReadOnlySpan<char> text, SearchValues<char> next, bool spaces)
    {
        var i = 0;
        while (NextDigitRunEnd(text, ref i))
        {
            var j = spaces ? SkipSpace(text, i) : i;
            if (j < text.Length && next.Contains(text[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A digit, white space, one of <paramref name="separators"/>, white space, then at least <paramref name="digitsAfter"/>
    /// digits: "15/7", "2021 - 2030", "3.1"; with 4 digits after, a year: "7/2021", "15/7/2021".
    /// </summary>
    public static bool DigitSeparatorDigit(ReadOnlySpan<char> text, SearchValues<char> separators, int digitsAfter = 1)
    {
        var i = 0;
        while (NextDigitRunEnd(text, ref i))
        {
            var j = SkipSpace(text, i);
            if (j < text.Length && separators.Contains(text[j]))
            {
                j = SkipSpace(text, j + 1);
                var run = 0;
                while (j + run < text.Length && char.IsAsciiDigit(text[j + run]) && run < digitsAfter)
                {
                    run++;
                }

                if (run == digitsAfter)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Some run of digits is followed, after white space, by one of <paramref name="words"/>, which (when
    /// <paramref name="whole"/>) does not run on into a letter or a number (<c>(?![\p{L}\p{N}])</c>): a unit after a
    /// quantity, a currency or a scale word after an amount.
    /// </summary>
    public static bool DigitThenWord(ReadOnlySpan<char> text, string[] words, bool whole = true)
    {
        var i = 0;
        while (NextDigitRunEnd(text, ref i))
        {
            if (StartsWithWord(text[SkipSpace(text, i)..], words, whole))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="rest"/> starts with one of <paramref name="words"/>, which (when <paramref name="whole"/>) does not run
    /// on into a letter or a number (<c>(?![\p{L}\p{N}])</c>).
    /// </summary>
    public static bool StartsWithWord(ReadOnlySpan<char> rest, string[] words, bool whole)
    {
        if (rest.IsEmpty)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (word[0] == rest[0] && rest.StartsWith(word, StringComparison.Ordinal)
                && (!whole || rest.Length == word.Length || !(char.IsLetter(rest[word.Length]) || char.IsNumber(rest[word.Length]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><paramref name="mark"/> followed, after white space, by a character of <paramref name="next"/>.</summary>
    public static bool MarkThen(ReadOnlySpan<char> text, char mark, SearchValues<char> next)
    {
        var i = 0;
        while (i < text.Length)
        {
            var k = text[i..].IndexOf(mark);
            if (k < 0)
            {
                return false;
            }

            i = SkipSpace(text, i + k + 1);
            if (i < text.Length && next.Contains(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>At least <paramref name="length"/> digits in a row.</summary>
    public static bool HasDigitRun(ReadOnlySpan<char> text, int length)
    {
        var i = 0;
        while (true)
        {
            var start = text[i..].IndexOfAnyInRange('0', '9');
            if (start < 0)
            {
                return false;
            }

            i += start;
            var end = text[i..].IndexOfAnyExceptInRange('0', '9');
            if (end < 0 ? text.Length - i >= length : end >= length)
            {
                return true;
            }

            i += end < 0 ? text.Length - i : end;
        }
    }

    public static int CountDigits(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Some character of <paramref name="marks"/> has horizontal white space (<c>[^\S\n]</c>) just before it.</summary>
    public static bool AnyAfterHorizontalSpace(ReadOnlySpan<char> text, SearchValues<char> marks)
    {
        var i = 0;
        while (i < text.Length)
        {
            var k = text[i..].IndexOfAny(marks);
            if (k < 0)
            {
                return false;
            }

            i += k;
            if (i > 0 && IsHorizontalSpace(text[i - 1]))
            {
                return true;
            }

            i++;
        }

        return false;
    }

    /// <summary>Some character of <paramref name="marks"/> is followed by a letter (<c>\p{L}</c>) right after it.</summary>
    public static bool AnyBeforeLetter(ReadOnlySpan<char> text, SearchValues<char> marks)
    {
        var i = 0;
        while (i < text.Length)
        {
            var k = text[i..].IndexOfAny(marks);
            if (k < 0)
            {
                return false;
            }

            i += k + 1;
            if (i < text.Length && char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Some character of <paramref name="marks"/> is followed, after any white space (line breaks too), by another.</summary>
    public static bool RepeatedMark(ReadOnlySpan<char> text, SearchValues<char> marks)
    {
        var i = 0;
        while (i < text.Length)
        {
            var k = text[i..].IndexOfAny(marks);
            if (k < 0)
            {
                return false;
            }

            i = SkipSpace(text, i + k + 1);
            if (i < text.Length && marks.Contains(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Horizontal white space that <c>[^\S\n]+</c> → " " would change: two characters of it in a row, or one that is not
    /// a plain space.
    /// </summary>
    public static bool HasIrregularSpace(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(OtherLatinSpace) >= 0 || text.IndexOfAny('\u1680', '\u3000') >= 0 || text.IndexOf("  ", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        // The other white space is in U+2000–U+205F (general punctuation, mostly cleaned up before).
        var rest = text;
        while (rest.IndexOfAnyInRange('\u2000', '\u205F') is var k and >= 0)
        {
            if (char.IsWhiteSpace(rest[k]))
            {
                return true;
            }

            rest = rest[(k + 1)..];
        }

        return false;
    }

    /// <summary>Horizontal white space just before a line feed.</summary>
    public static bool HasSpaceBeforeNewline(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var k = text[i..].IndexOf('\n');
            if (k < 0)
            {
                return false;
            }

            i += k;
            if (i > 0 && IsHorizontalSpace(text[i - 1]))
            {
                return true;
            }

            i++;
        }

        return false;
    }

    /// <summary><paramref name="mark"/> followed by horizontal white space and then a line feed or the end of the text.</summary>
    public static bool MarkAtLineEnd(ReadOnlySpan<char> text, char mark)
    {
        var i = 0;
        while (i < text.Length)
        {
            var k = text[i..].IndexOf(mark);
            if (k < 0)
            {
                return false;
            }

            i += k + 1;
            var j = i;
            while (j < text.Length && IsHorizontalSpace(text[j]))
            {
                j++;
            }

            if (j == text.Length || text[j] == '\n')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A line (the text's start, or after a line feed) that opens, after horizontal white space, with one of <paramref name="marks"/>.</summary>
    public static bool LineStartsWith(ReadOnlySpan<char> text, SearchValues<char> marks)
    {
        var i = 0;
        while (true)
        {
            var j = i;
            while (j < text.Length && IsHorizontalSpace(text[j]))
            {
                j++;
            }

            if (j < text.Length && marks.Contains(text[j]))
            {
                return true;
            }

            var k = text[i..].IndexOf('\n');
            if (k < 0)
            {
                return false;
            }

            i += k + 1;
        }
    }

    /// <summary>
    /// A maximal run of <paramref name="letters"/> at the start of the text or after white space, and not followed by a
    /// letter or a number: where a Roman numeral can stand ("Quý III", "II. NỘI DUNG").
    /// </summary>
    public static bool StandaloneRun(ReadOnlySpan<char> text, SearchValues<char> letters)
    {
        var i = 0;
        while (i < text.Length)
        {
            var k = text[i..].IndexOfAny(letters);
            if (k < 0)
            {
                return false;
            }

            i += k;
            var start = i;
            while (i < text.Length && letters.Contains(text[i]))
            {
                i++;
            }

            if ((start == 0 || char.IsWhiteSpace(text[start - 1])) && (i == text.Length || !(char.IsLetter(text[i]) || char.IsNumber(text[i]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A run of at least <paramref name="minDigits"/> digits that follows, after white space, an optional ':' and white
    /// space (<c>\s*:?\s*</c>), a word (a run of letters) equal to one of <paramref name="words"/>, case aside: a short
    /// number after the word that announces it ("đường dây nóng 113", "gọi số 1022").
    /// </summary>
    public static bool DigitRunAfterWord(ReadOnlySpan<char> text, int minDigits, string[] words)
    {
        var i = 0;
        while (i < text.Length)
        {
            var k = text[i..].IndexOfAnyInRange('0', '9');
            if (k < 0)
            {
                return false;
            }

            var start = i + k;
            var end = text[start..].IndexOfAnyExceptInRange('0', '9');
            i = end < 0 ? text.Length : start + end;
            if (i - start < minDigits)
            {
                continue;
            }

            var j = SkipSpaceBack(text, start);
            j = SkipSpaceBack(text, j > 0 && text[j - 1] == ':' ? j - 1 : j);
            var wordStart = j;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            var word = text[wordStart..j];
            foreach (var candidate in words)
            {
                if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A digit with an upper-case letter (<c>\p{Lu}</c>) right before or right after it: "A1", "3B".</summary>
    public static bool DigitBesideCapital(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAnyInRange('0', '9'); i >= 0 && i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                continue;
            }

            if ((i > 0 && IsCapital(text[i - 1])) || (i + 1 < text.Length && IsCapital(text[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="mark"/> at the start of the text or after a character that is neither a letter nor a number
    /// (<c>(?&lt;![\p{L}\p{N}])</c>), followed right away by a character of <paramref name="next"/>: "/KH-UBND" in a
    /// template with the number left blank.
    /// </summary>
    public static bool LooseMarkThen(ReadOnlySpan<char> text, char mark, SearchValues<char> next)
    {
        for (var i = text.IndexOf(mark); i >= 0 && i < text.Length; i++)
        {
            if (text[i] == mark && (i == 0 || !(char.IsLetter(text[i - 1]) || char.IsNumber(text[i - 1])))
                && i + 1 < text.Length && next.Contains(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsHorizontalSpace(char c) => c != '\n' && char.IsWhiteSpace(c);

    /// <summary>The first position at or after <paramref name="i"/> that is not white space (<see cref="char.IsWhiteSpace(char)"/>).</summary>
    public static int SkipSpace(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The start of the white space that ends just before <paramref name="i"/> (<paramref name="i"/> when there is none).</summary>
    public static int SkipSpaceBack(ReadOnlySpan<char> text, int i)
    {
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static bool IsCapital(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.UppercaseLetter;

    /// <summary>Moves <paramref name="i"/> to the end of the next run of digits at or after it; false when there is none.</summary>
    private static bool NextDigitRunEnd(ReadOnlySpan<char> text, ref int i)
    {
        if (i >= text.Length)
        {
            return false;
        }

        var start = text[i..].IndexOfAnyInRange('0', '9');
        if (start < 0)
        {
            i = text.Length;
            return false;
        }

        i += start;
        var end = text[i..].IndexOfAnyExceptInRange('0', '9');
        i = end < 0 ? text.Length : i + end;
        return true;
    }
}
