using System.Buffers;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CchcPublisher.Content.Markdown;

/// <summary>
/// The one Markdig pipeline every renderer uses. Markdig pipelines are immutable and thread-safe, so it is
/// built once. Raw HTML is disabled: officials write Markdown, and HTML in it is shown as text, never run.
/// Documents are parsed with <see cref="Parse"/>, which gives the document <see cref="Default"/> gives, faster.
/// </summary>
internal static class MarkdownPipelines
{
    public static MarkdownPipeline Default { get; } = Builder(autoLinks: true, pipeTables: true).Build();

    /// <summary>
    /// <see cref="Default"/> without bare web addresses as links. Markdig's autolink parser opens on every 'h', 'f', 'm',
    /// 't' and 'w', so the text of a paragraph is cut at each one ("thủ tục hành chính" four times) and joined again: half
    /// the parse of a typical article, for a link most articles do not have.
    /// </summary>
    private static readonly MarkdownPipeline WithoutAutoLinks = Builder(autoLinks: false, pipeTables: true).Build();

    /// <summary>
    /// <see cref="WithoutAutoLinks"/> without pipe tables either, for a text with no '|': the table parser opens on every
    /// ':' and line break and looks at every paragraph, and without a '|' it never makes a table or changes a text. The
    /// source positions stay as precise as the table extension makes them.
    /// </summary>
    private static readonly MarkdownPipeline WithoutAutoLinksOrTables = Builder(autoLinks: false, pipeTables: false).Build();

    /// <summary>
    /// A superset of what the autolink parser needs right where it matches: "http://", "https://" and "ftp://" hold "://",
    /// "www." holds "ww.", "mailto:" holds "lto:", and "tel:" itself. Markdig compares them as written; ignoring case here
    /// only makes the set larger.
    /// </summary>
    private static readonly SearchValues<string> AutoLinkMarkers =
        SearchValues.Create(["://", "ww.", "lto:", "tel:"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The document <c>Markdown.Parse(markdown, Default)</c> gives. It is parsed without the autolink parser, and again
    /// with it only when some text of that document holds an autolink's marker (<see cref="AutoLinkMarkers"/>); a text
    /// without '|' is parsed without pipe tables too (<see cref="WithoutAutoLinksOrTables"/>). That is the same document:
    /// up to the first place the autolink parser would match, both parses are the same (where it does not match, the
    /// literal text it interrupted is joined again), and that place is then inside a text of the document without it,
    /// marker and all (no other parser of the pipeline opens on a character of "https://", "ftp://", "www.", "mailto:"
    /// or "tel:"). <c>MarkdownPipelinesTests</c> compares the two on generated texts, positions included.
    /// </summary>
    public static MarkdownDocument Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var first = markdown.Contains('|', StringComparison.Ordinal) ? WithoutAutoLinks : WithoutAutoLinksOrTables;
        var document = Markdig.Markdown.Parse(markdown, first);
        return markdown.AsSpan().IndexOfAny(AutoLinkMarkers) >= 0 && TextHoldsAutoLinkMarker(document)
            ? Markdig.Markdown.Parse(markdown, Default)
            : document;
    }

    /// <summary>Whether a literal text of a block under <paramref name="container"/> holds a marker (a walk without iterators).</summary>
    private static bool TextHoldsAutoLinkMarker(ContainerBlock container)
    {
        foreach (var block in container)
        {
            if (block is ContainerBlock inner ? TextHoldsAutoLinkMarker(inner)
                : block is LeafBlock { Inline: { } inline } && TextHoldsAutoLinkMarker(inline))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TextHoldsAutoLinkMarker(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LiteralInline literal ? literal.Content.AsSpan().IndexOfAny(AutoLinkMarkers) >= 0
                : inline is ContainerInline inner && TextHoldsAutoLinkMarker(inner))
            {
                return true;
            }
        }

        return false;
    }

    private static MarkdownPipelineBuilder Builder(bool autoLinks, bool pipeTables)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter();
        if (pipeTables)
        {
            builder.UsePipeTables();
        }
        else
        {
            builder.PreciseSourceLocation = true; // as the table extension sets it, so the positions are the same
        }

        builder.UseEmphasisExtras();
        if (autoLinks)
        {
            builder.UseAutoLinks();
        }

        return builder
            .UseListExtras()
            .DisableHtml();
    }
}
