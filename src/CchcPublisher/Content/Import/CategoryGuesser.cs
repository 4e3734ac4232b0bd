using System.Globalization;
using System.Text;
using CchcPublisher.Content.Categories;

namespace CchcPublisher.Content.Import;

/// <summary>
/// A first guess of an imported article's category, for the draft only (the official checks it before
/// publishing): the category whose label shares the most two-word phrases with the title (counted thrice) and
/// the body. Phrases common to every reform label ("cải cách", "hành chính") count for nothing.
/// </summary>
internal static class CategoryGuesser
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "cai cach", "cach hanh", "hanh chinh", "chinh nha", "nha nuoc", "ve cchc", "cua nguoi", "nguoi dan", "cua dang",
    };

    public static string Guess(CategoryTaxonomy taxonomy, string title, string body)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var text = " " + Fold(title) + " " + Fold(title) + " " + Fold(title) + " " + Fold(body) + " ";
        var best = taxonomy.All
            .Select((category, order) => (category, order, score: Bigrams(Fold(category.Label)).Sum(b => Count(text, b))))
            .OrderByDescending(c => c.score).ThenBy(c => c.order)
            .First();
        return best.score > 0
            ? best.category.Key
            : (taxonomy.Find("chi-dao-dieu-hanh") ?? taxonomy.All[0]).Key;
    }

    private static IEnumerable<string> Bigrams(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < words.Length; i++)
        {
            var bigram = words[i] + " " + words[i + 1];
            if (!Ignored.Contains(bigram))
            {
                yield return " " + bigram + " ";
            }
        }
    }

    private static int Count(string text, string phrase)
    {
        var count = 0;
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Lower case, no diacritics, words separated by single spaces.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c is 'đ' or 'Đ' ? 'd' : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
