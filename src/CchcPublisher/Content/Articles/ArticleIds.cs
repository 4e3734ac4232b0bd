using System.Text.RegularExpressions;
using CchcPublisher.Content.Slugs;

namespace CchcPublisher.Content.Articles;

/// <summary>
/// Article ids: lower-case ASCII words joined by '-', in segments joined by '/', e.g. <c>2026/10/huong-dan-dvc</c>.
/// The default id is the file's path under <c>articles/</c> without the extension, each segment slugified.
/// </summary>
internal static partial class ArticleIds
{
    public const int MaxLength = 200;

    private const string ArticlesPrefix = "articles/";

    /// <summary>The id derived from a content-root-relative path; <c>null</c> when a segment has no letters or digits.</summary>
    public static string? Derive(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var path = relativePath.StartsWith(ArticlesPrefix, StringComparison.Ordinal) ? relativePath[ArticlesPrefix.Length..] : relativePath;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return null;
        }

        segments[^1] = Path.GetFileNameWithoutExtension(segments[^1]);
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Slugifier.Slugify(segments[i]);
            if (segments[i].Length == 0)
            {
                return null;
            }
        }

        var id = string.Join('/', segments);
        return id.Length <= MaxLength ? id : null;
    }

    public static bool IsValid(string id) => id.Length <= MaxLength && IdPattern().IsMatch(id);

    /// <summary>A valid id close to an invalid one (each segment slugified), or <c>null</c>.</summary>
    public static string? Suggest(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var segments = id.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => Slugifier.Slugify(s)).Where(s => s.Length > 0);
        var suggestion = string.Join('/', segments);
        return suggestion.Length > 0 && IsValid(suggestion) ? suggestion : null;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
