using CchcPublisher.Channels.Website.Html;
using CchcPublisher.Content.Markdown;

namespace CchcPublisher.Channels.Website;

/// <summary>
/// Markdown body → safe HTML fragment for the website (static pages and WordPress posts). The shared pipeline has
/// raw HTML disabled, so HTML in the Markdown is escaped and shown as text, and it has no extension that writes
/// attributes from the text (no generic attributes). The only markup that comes from the author's text is then
/// a link or image address. Those go through <see cref="SafeUrl"/>: only http(s), mailto, tel and relative
/// addresses are written; other links keep their text and lose the link, and other images are dropped. Links
/// leaving the site get <c>rel="noopener noreferrer"</c>. This replaces an HTML sanitizer pass over the output,
/// which parsed every page again with AngleSharp (12 % of a first import's CPU and 17 MB resident;
/// docs/performance.md). Thread-safe; register as a singleton. Each thread keeps one renderer and its writer
/// (<see cref="ReusableHtmlRenderer"/>) from one article to the next.
/// </summary>
internal sealed class ArticleHtmlRenderer
{
    [ThreadStatic]
    private static ReusableHtmlRenderer? t_renderer;

    /// <summary>Read when a body is rendered, not when the website channel is built: a tick with nothing to publish
    /// (and the idle worker) then never builds Markdig's pipeline.</summary>
    private Markdig.MarkdownPipeline Pipeline => _pipeline ??= MarkdownPipelines.Default;

    private Markdig.MarkdownPipeline? _pipeline;

    public string Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Render(MarkdownPipelines.Parse(markdown));
    }

    /// <summary>An article's already parsed body (see <see cref="Content.Articles.Article.Document"/>).</summary>
    public string Render(Markdig.Syntax.MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var renderer = Take();
        var html = renderer.RenderTrimmed(document);
        GiveBack(renderer);
        return html;
    }

    /// <summary><see cref="Render(Markdig.Syntax.MarkdownDocument)"/>'s HTML appended to <paramref name="target"/> (a page being built).</summary>
    public void RenderTo(Markdig.Syntax.MarkdownDocument document, System.Text.StringBuilder target)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(target);
        var renderer = Take();
        renderer.RenderTrimmedTo(document, target);
        GiveBack(renderer);
    }

    private ReusableHtmlRenderer Take()
    {
        var renderer = t_renderer is { } kept && kept.Pipeline == Pipeline ? kept : new ReusableHtmlRenderer(Pipeline);
        t_renderer = null; // taken: a render inside this one (none today) would build its own
        return renderer;
    }

    /// <summary>Called only after a render that finished: one that threw leaves the renderer in an unknown state.</summary>
    private static void GiveBack(ReusableHtmlRenderer renderer)
    {
        if (renderer.Reusable)
        {
            t_renderer = renderer;
        }
    }
}
