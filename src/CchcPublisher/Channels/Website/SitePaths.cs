using System.Text;

namespace CchcPublisher.Channels.Website;

/// <summary>Where things live in the static site folder (paths relative to it, with forward slashes).</summary>
internal static class SitePaths
{
    public const string ArticlesFolder = "bai-viet";
    public const string CategoriesFolder = "chuyen-muc";
    public const string Index = "index.html";
    public const string Feed = "rss.xml";

    public static string Article(string slug) => $"{ArticlesFolder}/{slug}.html";

    public static string Category(string key) => $"{CategoriesFolder}/{Safe(key, "chuyen-muc")}.html";

    /// <summary>Full path of a site-relative path.</summary>
    public static string Full(string siteRoot, string relative) =>
        Path.Combine(siteRoot, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// Keeps only <c>a-z 0-9 -</c> so that a slug or key can never leave its folder or need escaping. The
    /// content loader already produces such slugs; this is a second line of defence.
    /// </summary>
    public static string Safe(string? value, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var c in (value ?? string.Empty).ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var safe = builder.ToString().Trim('-');
        return safe.Length == 0 ? fallback : safe;
    }
}
