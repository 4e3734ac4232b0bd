using System.Text;
using CchcPublisher.Content.Categories;

namespace CchcPublisher.Channels.Facebook;

/// <summary>
/// Hashtags from <see cref="CategoryTaxonomy.BuiltIn"/>. A key the built-in taxonomy does not know (one added in
/// <c>content/categories.yaml</c>) gets its key in PascalCase (<c>ve-sinh-moi-truong</c> → <c>VeSinhMoiTruong</c>).
/// Registered with TryAdd: a lookup over the loaded taxonomy can replace it.
/// </summary>
internal sealed class BuiltInCategoryHashtags : ICategoryHashtags
{
    public string HashtagOf(string categoryKey)
    {
        ArgumentNullException.ThrowIfNull(categoryKey);
        if (CategoryTaxonomy.BuiltIn.Find(categoryKey) is { } category)
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
