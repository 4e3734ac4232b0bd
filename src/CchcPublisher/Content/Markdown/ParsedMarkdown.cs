using Markdig.Syntax;

namespace CchcPublisher.Content.Markdown;

/// <summary>
/// A Markdown text and its document, parsed the first time a renderer asks and then shared by every renderer of the
/// article (website page, WordPress post, Zalo article, Facebook post, radio script), and let go when they are done
/// (<see cref="Release"/>). Renderers only read the document.
/// <para>
/// The text is either held (<see cref="ParsedMarkdown(string)"/>) or kept on disk (<see cref="OnDisk"/>): read on
/// first use by a reader that checks it is still the version the article was listed with, and let go again with the
/// document. A content snapshot of 10,000 articles then holds their front matter, not 35 MB of bodies.
/// </para>
/// <para>
/// Equal when the texts are equal, so an article's identity never depends on whether it was rendered yet; two bodies
/// kept on disk are equal when they name the same version (<see cref="OnDisk"/>'s key) without reading either.
/// </para>
/// </summary>
internal sealed class ParsedMarkdown : IEquatable<ParsedMarkdown>
{
    private readonly Lock _gate = new();
    private readonly string? _text;
    private readonly IArticleBodyReader? _reader;
    private readonly string? _path;
    private readonly string? _hash;
    private string? _loaded;
    private MarkdownDocument? _document;

    public ParsedMarkdown(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
    }

    private ParsedMarkdown(IArticleBodyReader reader, string path, string hash)
    {
        _reader = reader;
        _path = path;
        _hash = hash;
    }

    public static ParsedMarkdown Empty { get; } = new(string.Empty);

    /// <summary>
    /// The body of the file at <paramref name="path"/>, read by <paramref name="reader"/> when first needed. The reader
    /// throws (for example <see cref="Articles.ArticleChangedException"/>) when the file no longer holds version
    /// <paramref name="hash"/>; two bodies naming one file and one version are the same text. The path and the hash
    /// are the article's own strings, so a snapshot of 10,000 articles keeps no per-body key or loader.
    /// </summary>
    public static ParsedMarkdown OnDisk(IArticleBodyReader reader, string path, string hash)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(hash);
        return new ParsedMarkdown(reader, path, hash);
    }

    /// <summary>True when the text is read from disk on use rather than held.</summary>
    public bool IsOnDisk => _reader is not null;

    /// <summary>A body of the same text whose parse (and, on disk, whose loaded text) is its own.</summary>
    public ParsedMarkdown Copy() => _reader is null ? new ParsedMarkdown(_text!) : new ParsedMarkdown(_reader, _path!, _hash!);

    public string Text
    {
        get
        {
            if (_text is not null)
            {
                return _text;
            }

            lock (_gate)
            {
                return TextHeld();
            }
        }
    }

    /// <summary>The parsed document (parsed on first use, then shared until <see cref="Release"/>).</summary>
    public MarkdownDocument Document
    {
        get
        {
            lock (_gate)
            {
                return _document ??= MarkdownPipelines.Parse(TextHeld());
            }
        }
    }

    /// <summary>True while a parsed <see cref="Document"/> (or a text read from disk) is held.</summary>
    public bool IsParsed
    {
        get
        {
            lock (_gate)
            {
                return _document is not null || _loaded is not null;
            }
        }
    }

    /// <summary>
    /// Lets the parsed document (and a text read from disk) go once every channel has rendered the article: a document
    /// weighs about ten times its text, and a snapshot of thousands of articles kept in the worker would otherwise hold
    /// every one it ever published. A later use reads and parses again.
    /// </summary>
    public void Release()
    {
        lock (_gate)
        {
            _document = null;
            _loaded = null;
        }
    }

    /// <summary>The text, read from disk now if it is kept there (under <see cref="_gate"/>).</summary>
    private string TextHeld() => _text ?? (_loaded ??= _reader!.ReadBody(_path!, _hash!));

    public bool Equals(ParsedMarkdown? other) =>
        other is not null &&
        (ReferenceEquals(this, other) ||
         (_reader is not null && other._reader is not null
             ? string.Equals(_path, other._path, StringComparison.Ordinal) && string.Equals(_hash, other._hash, StringComparison.Ordinal)
             : string.Equals(Text, other.Text, StringComparison.Ordinal)));

    public override bool Equals(object? obj) => Equals(obj as ParsedMarkdown);

    /// <summary>The same for every body: a text's hash would read a body kept on disk (the article's other members tell articles apart).</summary>
    public override int GetHashCode() => 0;

    public override string ToString() => Text;
}
