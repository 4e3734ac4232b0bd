using System.Globalization;
using System.Text;

namespace CchcPublisher.Content.Slugs;

/// <summary>
/// Readable URL slugs from Vietnamese text: diacritics removed (đ/Đ → d), lower-case ASCII letters and digits,
/// words joined by single hyphens. "Hướng dẫn nộp hồ sơ trực tuyến" → <c>huong-dan-nop-ho-so-truc-tuyen</c>.
/// </summary>
internal static class Slugifier
{
    /// <summary>Default maximum length: long titles are cut at a word boundary.</summary>
    public const int DefaultMaxLength = 80;

    /// <summary>
    /// The slug of <paramref name="text"/>, at most <paramref name="maxLength"/> characters, cut at the last
    /// hyphen that fits (or hard-cut when the first word alone is longer). Empty when the text has no letters
    /// or digits; callers decide the fallback.
    /// </summary>
    public static string Slugify(string text, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var decomposed = text.Normalize(NormalizationForm.FormD);
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
