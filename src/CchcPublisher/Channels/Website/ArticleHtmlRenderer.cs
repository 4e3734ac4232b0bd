using CchcPublisher.Channels.Website.Html;
using CchcPublisher.Content.Markdown;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace CchcPublisher.Channels.Website;

/// <summary>
/// Markdown body → safe HTML fragment for the website (static pages and WordPress posts). The shared pipeline has
/// raw HTML disabled, so HTML in the Markdown is escaped and shown as text, and it has no extension that writes
/// attributes from the text (no generic attributes). The only markup that comes from the author's text is then
/// a link or image address. Those go through <see cref="SafeUrl"/>: only http(s), mailto, tel and relative
/// addresses are written; other links keep their text and lose the link, and other images are dropped. Links
/// leaving the site get <c>rel="noopener noreferrer"</c>. This replaces an HTML sanitizer pass over the output,
/// which parsed every page again with AngleSharp (12 % of a first import's CPU and 17 MB resident;
/// docs/performance.md). Thread-safe; register as a singleton.
/// </summary>
internal sealed class ArticleHtmlRenderer
{
    private readonly Markdig.MarkdownPipeline _pipeline = MarkdownPipelines.Default;

    public string Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Render(Markdig.Markdown.Parse(markdown, _pipeline));
    }

    /// <summary>An article's already parsed body (see <see cref="Content.Articles.Article.Document"/>).</summary>
    public string Render(Markdig.Syntax.MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new SafeLinkInlineRenderer());
        renderer.ObjectRenderers.Replace<AutolinkInlineRenderer>(new SafeAutolinkInlineRenderer());
        renderer.LinkRewriter = url => SafeUrl.IsAllowed(url) ? url : string.Empty; // a second line of defence
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().Trim();
    }
}
