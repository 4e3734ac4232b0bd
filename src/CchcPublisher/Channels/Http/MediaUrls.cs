namespace CchcPublisher.Channels.Http;

/// <summary>
/// Public addresses of article images for services that fetch images by URL (Zalo covers and image blocks,
/// Facebook photo posts). The website channel copies an article's cover and images next to its pages, under
/// <c>&lt;Commune:WebsiteUrl&gt;/bai-viet/&lt;file name&gt;</c>; a channel may configure another base.
/// </summary>
internal static class MediaUrls
{
    /// <summary>The folder on the website where article images are published.</summary>
    public const string WebsiteFolder = "bai-viet";

    /// <summary>The default media base URL: <c>&lt;websiteUrl&gt;/bai-viet/</c>.</summary>
    public static Uri DefaultBase(string websiteUrl)
    {
        ArgumentNullException.ThrowIfNull(websiteUrl);
        return new Uri(websiteUrl.TrimEnd('/') + "/" + WebsiteFolder + "/", UriKind.Absolute);
    }

    /// <summary>
    /// The file name under which the website publishes an article's cover: <c>&lt;slug&gt;.&lt;ext&gt;</c> beside its page
    /// (see the static website channel), so that Zalo and Facebook point at the same file.
    /// </summary>
    public static string CoverFileName(Content.Articles.Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Slug + Path.GetExtension(article.CoverPath ?? string.Empty).ToLowerInvariant();
    }

    /// <summary>
    /// The public URL of a local image: the base plus its file name, percent-encoded (Zalo rejects spaces and
    /// Vietnamese characters that are not encoded).
    /// </summary>
    public static Uri ForFile(Uri baseUrl, string localPath)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(localPath);
        var fileName = Path.GetFileName(localPath.Replace('\\', '/'));
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new Uri(root, Uri.EscapeDataString(fileName.Normalize(System.Text.NormalizationForm.FormC)));
    }

    /// <summary>
    /// Resolves an image reference written in Markdown: absolute http(s) URLs are kept (percent-encoded),
    /// relative paths become <see cref="ForFile"/>, anything else (data:, javascript:, file:) is refused.
    /// </summary>
    public static Uri? Resolve(Uri baseUrl, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }

        // On Unix "/x.jpg" parses as an absolute file: URI; in Markdown it is a site path.
        if (!reference.StartsWith('/') && Uri.TryCreate(reference, UriKind.Absolute, out var absolute))
        {
            return absolute.Scheme is "http" or "https" ? absolute : null;
        }

        var path = reference.Split('?', '#')[0];
        return string.IsNullOrWhiteSpace(Path.GetFileName(path)) ? null : ForFile(baseUrl, Uri.UnescapeDataString(path));
    }
}
