using System.Text;
using CchcPublisher.Content.Categories;

namespace CchcPublisher.Channels.Facebook;

/// <summary>
/// Hashtags from the categories in force (<see cref="CurrentTaxonomy"/>: built-in plus <c>content/categories.yaml</c>).
/// A category without a hashtag gets its key in PascalCase (<c>ve-sinh-moi-truong</c> → <c>VeSinhMoiTruong</c>).
/// </summary>
internal sealed class TaxonomyCategoryHashtags(CurrentTaxonomy? current = null) : ICategoryHashtags
{
    public string HashtagOf(string categoryKey)
    {
        ArgumentNullException.ThrowIfNull(categoryKey);
        if ((current?.Value ?? CategoryTaxonomy.BuiltIn).Find(categoryKey) is { Hashtag.Length: > 0 } category)
        {
            return category.Hashtag;
        }

        var builder = new StringBuilder(categoryKey.Length);
        foreach (var part in categoryKey.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = part.Where(char.IsLetterOrDigit).ToArray();
            if (letters.Length > 0)
            {
                builder.Append(char.ToUpperInvariant(letters[0])).Append(letters.AsSpan(1));
            }
        }

        return builder.ToString();
    }
}
