using System.Globalization;
using System.Text;
using CchcPublisher.Content.Text;
using Markdig.Syntax;

namespace CchcPublisher.Channels.Website;

/// <summary>
/// The HTML of the static site: article pages, the index and category pages. Plain, accessible markup
/// (<c>lang="vi"</c>, landmarks, a skip link, readable type on phones) with a small inline style sheet and no
/// script. Every piece of metadata is escaped; article bodies arrive already made safe (ArticleHtmlRenderer).
/// </summary>
internal sealed class StaticSitePages(SiteInfo site, ICategoryLabels labels)
{
    private const string Style = """
        body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.6;color:#1a1a1a;background:#fff}
        .wrap{max-width:46rem;margin:0 auto;padding:0 1rem}
        header{background:#a50e0e;color:#fff;padding:.75rem 0}
        header a{color:#fff;text-decoration:none}
        header .site{margin:0;font-weight:700;font-size:1.1rem}
        header .column{margin:0;font-size:.95rem}
        main{padding:1rem 0 2rem}
        a{color:#0b4f9c}
        a:focus{outline:3px solid #f0b400}
        .skip{position:absolute;left:-999px}
        .skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
        .meta{color:#555;font-size:.9rem}
        .summary{font-weight:600}
        img{max-width:100%;height:auto}
        table{border-collapse:collapse}
        th,td{border:1px solid #ccc;padding:.25rem .5rem}
        ol.articles{list-style:none;padding:0}
        ol.articles li{border-bottom:1px solid #e5e5e5;padding:.75rem 0}
        ol.articles h2{font-size:1.15rem;margin:0}
        nav.categories ul{padding-left:1.2rem}
        footer{border-top:1px solid #e5e5e5;color:#555;font-size:.9rem;padding:1rem 0}
        """;

    /// <summary>The page of one article, at <see cref="SitePaths.Article"/>, its body rendered by <paramref name="renderer"/> straight into the page.</summary>
    public string ArticlePage(SiteManifestEntry entry, MarkdownDocument body, ArticleHtmlRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(renderer);
        // The page is the body (its HTML about a quarter longer than its Markdown), the style sheet and about 1,500
        // characters of markup and metadata: one buffer.
        var bodyLength = body.Span.Length + body.Span.Length / 4;
        var html = StringBuilderCache.Acquire(bodyLength + Style.Length + 2 * (entry.Title.Length + (entry.Summary?.Length ?? 0)) + 2048);
        Open(html, entry.Title, entry.Summary, root: "../");
        html.Append("<article>\n");
        html.Append("<h1>").Append(HtmlText.Escape(entry.Title)).Append("</h1>\n");
        AppendMeta(html, entry, root: "../");
        if (!string.IsNullOrWhiteSpace(entry.Summary))
        {
            html.Append("<p class=\"summary\">").Append(HtmlText.Escape(entry.Summary)).Append("</p>\n");
        }

        if (entry.Cover is not null)
        {
            html.Append("<figure><img src=\"").Append(HtmlText.Escape(entry.Cover))
                .Append("\" alt=\"Ảnh minh họa: ").Append(HtmlText.Escape(entry.Title)).Append("\"></figure>\n");
        }

        html.Append("<div class=\"body\">\n");
        renderer.RenderTo(body, html);
        html.Append("\n</div>\n");
        if (entry.UpdatedAt is { } updated)
        {
            html.Append("<p class=\"meta\">Cập nhật lúc ").Append(Time(updated)).Append("</p>\n");
        }

        html.Append("</article>\n");
        html.Append("<p><a href=\"../").Append(SitePaths.Index).Append("\">← Tất cả bài viết</a></p>\n");
        Close(html, root: "../");
        return StringBuilderCache.ToStringAndRelease(html);
    }

    /// <summary>The index: every article, newest first, and the list of categories.</summary>
    public string IndexPage(SiteManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var html = new StringBuilder();
        Open(html, site.ColumnTitle, $"{site.ColumnTitle} – {site.CommuneName}", root: string.Empty, isIndex: true);
        html.Append("<h1>").Append(HtmlText.Escape(site.ColumnTitle)).Append("</h1>\n");
        AppendList(html, manifest.NewestFirst().ToList(), root: string.Empty);
        var keys = manifest.Articles.SelectMany(a => a.Categories).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count > 0)
        {
            html.Append("<nav class=\"categories\" aria-label=\"Chuyên mục\">\n<h2>Chuyên mục</h2>\n<ul>\n");
            foreach (var key in SortByLabel(keys))
            {
                html.Append("<li>").Append(CategoryLink(key, root: string.Empty)).Append("</li>\n");
            }

            html.Append("</ul>\n</nav>\n");
        }

        Close(html, root: string.Empty);
        return html.ToString();
    }

    /// <summary>The page of one category: its articles, newest first (possibly none left after an edit).</summary>
    public string CategoryPage(string key, SiteManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var label = labels.Label(key);
        var html = new StringBuilder();
        Open(html, label, $"{label} – {site.ColumnTitle}", root: "../");
        html.Append("<h1>").Append(HtmlText.Escape(label)).Append("</h1>\n");
        AppendList(html, manifest.NewestFirst().Where(a => a.Categories.Contains(key, StringComparer.Ordinal)).ToList(), root: "../");
        html.Append("<p><a href=\"../").Append(SitePaths.Index).Append("\">← Tất cả bài viết</a></p>\n");
        Close(html, root: "../");
        return html.ToString();
    }

    /// <summary>A local time as shown on pages, e.g. <c>&lt;time datetime="2026-03-02T07:30:00+07:00"&gt;02/03/2026 07:30&lt;/time&gt;</c>.</summary>
    public string Time(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, site.TimeZone);
        return $"<time datetime=\"{local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}\">" +
               $"{local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)}</time>";
    }

    private void Open(StringBuilder html, string title, string? description, string root, bool isIndex = false)
    {
        var fullTitle = isIndex ? $"{title} – {site.CommuneName}" : $"{title} – {site.ColumnTitle}";
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Escape(fullTitle)).Append("</title>\n");
        if (!string.IsNullOrWhiteSpace(description))
        {
            html.Append("<meta name=\"description\" content=\"").Append(HtmlText.Escape(description)).Append("\">\n");
        }

        html.Append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"").Append(HtmlText.Escape(site.ColumnTitle))
            .Append("\" href=\"").Append(root).Append(SitePaths.Feed).Append("\">\n")
            .Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#noi-dung\">Chuyển đến nội dung chính</a>\n")
            .Append("<header><div class=\"wrap\"><p class=\"site\"><a href=\"").Append(root).Append(SitePaths.Index).Append("\">")
            .Append(HtmlText.Escape(site.CommuneName)).Append("</a></p><p class=\"column\">")
            .Append(HtmlText.Escape(site.ColumnTitle)).Append("</p></div></header>\n")
            .Append("<main id=\"noi-dung\" class=\"wrap\">\n");
    }

    private void Close(StringBuilder html, string root)
    {
        html.Append("</main>\n<footer><div class=\"wrap\"><p>").Append(HtmlText.Escape(site.CommuneName))
            .Append(" · <a href=\"").Append(root).Append(SitePaths.Feed).Append("\">Theo dõi qua RSS</a></p></div></footer>\n")
            .Append("</body>\n</html>\n");
    }

    private void AppendMeta(StringBuilder html, SiteManifestEntry entry, string root)
    {
        html.Append("<p class=\"meta\">Đăng lúc ").Append(Time(entry.PublishedAt));
        if (!string.IsNullOrWhiteSpace(entry.Author))
        {
            html.Append(" · Tác giả: ").Append(HtmlText.Escape(entry.Author));
        }

        if (entry.Categories.Count > 0)
        {
            html.Append(" · Chuyên mục: ").AppendJoin(", ", entry.Categories.Select(k => CategoryLink(k, root)));
        }

        html.Append("</p>\n");
    }

    private void AppendList(StringBuilder html, List<SiteManifestEntry> entries, string root)
    {
        if (entries.Count == 0)
        {
            html.Append("<p>Chưa có bài viết.</p>\n");
            return;
        }

        html.Append("<ol class=\"articles\">\n");
        foreach (var entry in entries)
        {
            html.Append("<li>\n<h2><a href=\"").Append(root).Append(SitePaths.Article(entry.Slug)).Append("\">")
                .Append(HtmlText.Escape(entry.Title)).Append("</a></h2>\n");
            AppendMeta(html, entry, root);
            if (!string.IsNullOrWhiteSpace(entry.Summary))
            {
                html.Append("<p>").Append(HtmlText.Escape(entry.Summary)).Append("</p>\n");
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n");
    }

    private string CategoryLink(string key, string root) =>
        $"<a href=\"{root}{SitePaths.Category(key)}\">{HtmlText.Escape(labels.Label(key))}</a>";

    private IEnumerable<string> SortByLabel(IEnumerable<string> keys)
    {
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);
        return keys.OrderBy(labels.Label, comparer).ThenBy(k => k, StringComparer.Ordinal);
    }
}
