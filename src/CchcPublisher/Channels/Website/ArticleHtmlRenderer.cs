using CchcPublisher.Content.Markdown;
using Ganss.Xss;

namespace CchcPublisher.Channels.Website;

/// <summary>
/// Markdown body → safe HTML fragment for the website (static pages and WordPress posts). Markdig renders with
/// the shared pipeline (raw HTML disabled, so HTML in the Markdown is shown as text); the result is then
/// sanitized against an allow-list, so no script, event handler or <c>javascript:</c>/<c>data:</c> URL reaches
/// the page whatever the Markdown contains. Thread-safe; register as a singleton.
/// </summary>
internal sealed class ArticleHtmlRenderer
{
    // Built on first use: the sanitizer (AngleSharp and its CSS model, ~800 JIT-compiled methods) is not loaded by
    // a worker that has nothing to render (docs/performance.md, section 6).
    private readonly Lazy<HtmlSanitizer> _sanitizer = new(CreateSanitizer, LazyThreadSafetyMode.ExecutionAndPublication);

    public string Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Render(Markdig.Markdown.Parse(markdown, MarkdownPipelines.Default));
    }

    /// <summary>An article's already parsed body (see <see cref="Content.Articles.Article.Document"/>).</summary>
    public string Render(Markdig.Syntax.MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = Markdig.Markdown.ToHtml(document, MarkdownPipelines.Default);
        return _sanitizer.Value.Sanitize(html).Trim();
    }

    /// <summary>
    /// The allow-list: only what Markdig produces for our pipeline. Links may be http(s), mailto, tel or relative;
    /// everything else (javascript:, vbscript:, data:, file:) loses its URL. <c>data:</c> images are refused too:
    /// pictures belong in files, and a data URL can carry SVG.
    /// </summary>
    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
                "em", "strong", "del", "ins", "sub", "sup", "mark", "code", "pre", "kbd",
                "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
                "a", "img", "table", "thead", "tbody", "tr", "th", "td", "span", "div",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "src", "alt", "title", "start", "colspan", "rowspan", "style",
            },
            // Pipe tables align columns with style="text-align: ...": nothing else.
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "text-align" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
        };
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            // Links leaving the site open normally but give the target no handle on this page.
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } a
                && a.GetAttribute("href") is { } href
                && (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
            {
                a.SetAttribute("rel", "noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
