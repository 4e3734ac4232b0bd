using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CchcPublisher.Speech;

/// <summary>
/// Tells a Vietnamese syllable written in capitals ("HOẠCH", "TUYÊN") from an acronym ("CCHC", "PAPI"), so
/// that headings typed in capitals are read as words and only real acronyms are spelled.
/// </summary>
internal static partial class VietnameseSyllable
{
    public static bool IsSyllable(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var bare = RemoveToneMarks(word.ToLower(CultureInfo.InvariantCulture));
        return SyllableRegex().IsMatch(bare);
    }

    /// <summary>
    /// Splits an unaccented run of letters into Vietnamese syllables ("dichvucong" → dich vu cong), preferring
    /// the fewest syllables. False when no split exists (then the word is spelled instead).
    /// </summary>
    public static bool TrySegment(string letters, out IReadOnlyList<string> syllables)
    {
        ArgumentNullException.ThrowIfNull(letters);
        var word = letters.ToLower(CultureInfo.InvariantCulture);
        var best = new List<string>?[word.Length + 1];
        best[0] = [];
        for (var end = 1; end <= word.Length; end++)
        {
            for (var start = Math.Max(0, end - 7); start < end; start++)
            {
                if (best[start] is not { } prefix || !IsSyllable(word[start..end]))
                {
                    continue;
                }

                if (best[end] is null || best[end]!.Count > prefix.Count + 1)
                {
                    best[end] = [.. prefix, word[start..end]];
                }
            }
        }

        syllables = best[word.Length] ?? (IReadOnlyList<string>)[];
        return best[word.Length] is { Count: > 0 };
    }

    /// <summary>True when the word carries a Vietnamese-only letter or tone mark (then it is never an acronym of Latin letters).</summary>
    public static bool HasVietnameseMarks(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Any(c => c > '\u007f' && char.IsLetter(c));
    }

    /// <summary>Strips tone marks but keeps the letters ă â ê ô ơ ư đ.</summary>
    private static string RemoveToneMarks(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            // Tone marks: grave, acute, tilde, hook above, dot below.
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    // Onset, vowel nucleus (with glide), coda. Loose on purpose: it only has to reject acronyms. Unaccented
    // nuclei (ie, uo) are accepted for web addresses typed without diacritics ("vietnamnet").
    [GeneratedRegex(
        "^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?" +
        "(uyê|uye|uya|oa|oă|oe|uy|uê|uâ|uơ|ươ|uô|iê|ie|yê|ye|uo|ia|ua|ưa|[aăâeêioôơuưy])" +
        "([iyuo]|ch|ng|nh|[cmnpt])?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex SyllableRegex();
}
