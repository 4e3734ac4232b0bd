using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;

namespace CchcPublisher.Channels.Website.Html;

/// <summary>
/// The website's Markdig HTML renderer (a pipeline's renderers, <see cref="SafeLinkInlineRenderer"/>,
/// <see cref="SafeAutolinkInlineRenderer"/> and the link check) over its own string writer, set up once and used
/// for one document after another by one thread (<see cref="ArticleHtmlRenderer"/> keeps one per thread): building a
/// renderer and its two dozen object renderers for every article, and a writer that grows from 16 characters, was a
/// third of the body's HTML step. Not thread-safe; not re-entrant.
/// </summary>
internal sealed class ReusableHtmlRenderer : HtmlRenderer
{
    /// <summary>A writer that grew past this is let go instead of kept for the next document.</summary>
    private const int MaxKeptCapacity = 1 << 20;

    private readonly StringBuilder _builder;

    public ReusableHtmlRenderer(MarkdownPipeline pipeline)
        : base(new StringWriter(CultureInfo.InvariantCulture))
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        Pipeline = pipeline;
        _builder = ((StringWriter)Writer).GetStringBuilder();
        pipeline.Setup(this);
        ObjectRenderers.Replace<LinkInlineRenderer>(new SafeLinkInlineRenderer());
        ObjectRenderers.Replace<AutolinkInlineRenderer>(new SafeAutolinkInlineRenderer());
        LinkRewriter = url => SafeUrl.IsAllowed(url) ? url : string.Empty; // a second line of defence
    }

    /// <summary>The pipeline the renderer was set up for.</summary>
    public MarkdownPipeline Pipeline { get; }

    /// <summary>True when the writer is small enough to be kept for the next document.</summary>
    public bool Reusable => _builder.Capacity <= MaxKeptCapacity;

    /// <summary>
    /// The document's HTML with white space trimmed at both ends (<see cref="string.Trim()"/>), from the state a new
    /// renderer starts in. A render that throws leaves the renderer in an unknown state: do not use it again.
    /// </summary>
    public string RenderTrimmed(MarkdownDocument document)
    {
        var (start, length) = RenderAndTrim(document);
        return _builder.ToString(start, length);
    }

    /// <summary><see cref="RenderTrimmed"/>'s text appended to <paramref name="target"/>, without making it a string of its own.</summary>
    public void RenderTrimmedTo(MarkdownDocument document, StringBuilder target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var (start, length) = RenderAndTrim(document);
        target.Append(_builder, start, length);
    }

    /// <summary>Renders the document into the writer; where its text starts and how long it is without the white space at both ends.</summary>
    private (int Start, int Length) RenderAndTrim(MarkdownDocument document)
    {
        _builder.Clear();
        previousWasLine = true;
        ClearIndent();
        EnableHtmlForBlock = true;
        EnableHtmlForInline = true;
        EnableHtmlEscape = true;
        ImplicitParagraph = false;
        Render(document);
        Writer.Flush();
        var start = 0;
        var end = _builder.Length;
        while (start < end && char.IsWhiteSpace(_builder[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(_builder[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }
}
