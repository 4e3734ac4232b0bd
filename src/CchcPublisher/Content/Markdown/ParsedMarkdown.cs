using Markdig.Syntax;

namespace CchcPublisher.Content.Markdown;

/// <summary>
/// A Markdown text and its document, parsed the first time a renderer asks and then shared by every renderer of the
/// article (website page, WordPress post, Zalo article, Facebook post, radio script), and let go when they are done
/// (<see cref="Release"/>). Equal when the texts are equal,
/// so an article's identity never depends on whether it was rendered yet. Renderers only read the document.
/// </summary>
internal sealed class ParsedMarkdown : IEquatable<ParsedMarkdown>
{
    private readonly Lock _gate = new();
    private MarkdownDocument? _document;

    public ParsedMarkdown(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    public static ParsedMarkdown Empty { get; } = new(string.Empty);

    public string Text { get; }

    /// <summary>The parsed document (parsed on first use, then shared until <see cref="Release"/>).</summary>
    public MarkdownDocument Document
    {
        get
        {
            lock (_gate)
            {
                return _document ??= Markdig.Markdown.Parse(Text, MarkdownPipelines.Default);
            }
        }
    }

    /// <summary>True while a parsed <see cref="Document"/> is held.</summary>
    public bool IsParsed
    {
        get
        {
            lock (_gate)
            {
                return _document is not null;
            }
        }
    }

    /// <summary>
    /// Lets the parsed document go once every channel has rendered the article: a document weighs about ten times its
    /// text, and a snapshot of thousands of articles kept in the worker would otherwise hold every one it ever
    /// published. A later use parses again.
    /// </summary>
    public void Release()
    {
        lock (_gate)
        {
            _document = null;
        }
    }

    public bool Equals(ParsedMarkdown? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ParsedMarkdown);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    public override string ToString() => Text;
}
