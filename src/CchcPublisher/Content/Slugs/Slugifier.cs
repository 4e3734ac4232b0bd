using System.Globalization;
using System.Text;
using CchcPublisher.Content.Text;

namespace CchcPublisher.Content.Slugs;

/// <summary>
/// Readable URL slugs from Vietnamese text: diacritics removed (đ/Đ → d), lower-case ASCII letters and digits,
/// words joined by single hyphens. "Hướng dẫn nộp hồ sơ trực tuyến" → <c>huong-dan-nop-ho-so-truc-tuyen</c>.
/// </summary>
internal static class Slugifier
{
    /// <summary>Default maximum length: long titles are cut at a word boundary.</summary>
    public const int DefaultMaxLength = 80;

    /// <summary>Longest text folded on the stack; longer ones are folded into a heap array.</summary>
    private const int StackFoldLength = 256;

    /// <summary>Marks a character of <see cref="Folded"/> that does not fold to exactly one character.</summary>
    private const char NoFold = '\uFFFF';

    /// <summary>
    /// Each character of <see cref="NfcText"/>'s quick ranges (U+0000–U+02FF, then U+1E00–U+1EFF, then
    /// U+2010–U+2027) as ICU decomposes it (NFD) with its non-spacing marks dropped: "ộ" → "o". Built once from
    /// ICU itself. A text made of these characters folds exactly as its whole NFD would: each of them decomposes to
    /// one base character followed by marks, and the only reordering NFD does (of the marks after a base) cannot
    /// change what is left once the marks are dropped. The tests check every character against ICU.
    /// </summary>
    private static readonly char[] Folded = BuildFoldTable();

    /// <summary>
    /// The slug of <paramref name="text"/>, at most <paramref name="maxLength"/> characters, cut at the last
    /// hyphen that fits (or hard-cut when the first word alone is longer). Empty when the text has no letters
    /// or digits; callers decide the fallback.
    /// </summary>
    public static string Slugify(string text, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        // Vietnamese text folds through the table (no call into ICU); anything else is decomposed by ICU. The loop
        // below drops the non-spacing marks of an ICU decomposition, which the table has already dropped.
        var buffer = text.Length <= StackFoldLength ? stackalloc char[text.Length] : new char[text.Length];
        ReadOnlySpan<char> decomposed = TryFold(text, buffer) ? buffer : text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // a diacritic of the previous letter: "ộ" = "o" + U+0323 + U+0302.
            }

            var ascii = c switch
            {
                'đ' or 'Đ' => 'd',
                >= 'a' and <= 'z' or >= '0' and <= '9' => c,
                >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
                _ => '\0',
            };
            if (ascii == '\0')
            {
                pendingHyphen = builder.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                builder.Append('-');
                pendingHyphen = false;
            }

            builder.Append(ascii);
        }

        return Truncate(builder.ToString(), maxLength);
    }

    /// <summary>Writes each character's fold into <paramref name="folded"/>; false when one has none.</summary>
    private static bool TryFold(string text, Span<char> folded)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var index = NfcText.QuickRangeIndex(text[i]);
            if (index < 0 || Folded[index] == NoFold)
            {
                return false;
            }

            folded[i] = Folded[index];
        }

        return true;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[NfcText.QuickRangeCount];
        for (var c = 0; c <= 0x2027; c++)
        {
            var index = NfcText.QuickRangeIndex((char)c);
            if (index < 0)
            {
                continue;
            }

            var kept = ((char)c).ToString().Normalize(NormalizationForm.FormD)
                .Where(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark).ToArray();
            table[index] = kept.Length == 1 ? kept[0] : NoFold;
        }

        return table;
    }

    private static string Truncate(string slug, int maxLength)
    {
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        // Keep whole words: the cut falls on a hyphen when the next character would start a new word.
        if (slug[maxLength] == '-')
        {
            return slug[..maxLength];
        }

        var lastHyphen = slug.LastIndexOf('-', maxLength - 1);
        return lastHyphen > 0 ? slug[..lastHyphen] : slug[..maxLength];
    }
}
