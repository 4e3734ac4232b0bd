using CchcPublisher.Content.Markdown;

namespace CchcPublisher.Content.Articles;

/// <summary>
/// A valid article, parsed from one Markdown file. Immutable; text is NFC-normalized with LF line endings.
/// </summary>
internal sealed record Article
{
    /// <summary>Stable id: front matter <c>id</c>, or derived from the path under <c>articles/</c> (e.g. <c>2026/huong-dan-dvc</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Full path of the source file.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Path relative to the content root, with forward slashes (what diagnostics and reports show).</summary>
    public required string RelativePath { get; init; }

    public required string Title { get; init; }

    /// <summary>Category keys, validated against the taxonomy, in the order written.</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>Instant to publish at; <c>null</c> means the article joins a column's queue.</summary>
    public DateTimeOffset? PublishAt { get; init; }

    /// <summary>Channel names (see <see cref="Channels.ChannelNames"/>), explicit or from configuration.</summary>
    public required IReadOnlyList<string> Channels { get; init; }

    /// <summary>True when <see cref="Channels"/> came from the front matter rather than the defaults.</summary>
    public bool ChannelsExplicit { get; init; }

    public string? Summary { get; init; }

    public string? Author { get; init; }

    /// <summary>Full path of the cover image (checked to exist), or <c>null</c>.</summary>
    public string? CoverPath { get; init; }

    public string? PlanTask { get; init; }

    /// <summary>The unit that wrote or is responsible for the article (đơn vị thực hiện), e.g. <c>Đoàn Thanh niên xã</c>.</summary>
    public string? Unit { get; init; }

    public ArticleStatus Status { get; init; } = ArticleStatus.Ready;

    private readonly ParsedMarkdown _body = ParsedMarkdown.Empty;

    /// <summary>Markdown body after the front matter (read from disk on first use when the article keeps it there).</summary>
    public required string Body
    {
        get => _body.Text;
        init => _body = new ParsedMarkdown(value);
    }

    /// <summary>
    /// The body as the article holds it: its text, or a loader that reads it from the source file when first needed
    /// and checks it is still this version (<see cref="ContentHash"/>); see <see cref="Content.ContentLoader"/>. A copy
    /// made with a <see cref="ParsedMarkdown.Copy"/> shares the text but parses (and loads) its own.
    /// </summary>
    public ParsedMarkdown BodySource
    {
        get => _body;
        init => _body = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// The body parsed once, on first use, and shared by every renderer (website, WordPress, Zalo, Facebook, radio);
    /// a copy made with a new <see cref="Body"/> parses its own.
    /// </summary>
    public Markdig.Syntax.MarkdownDocument Document => _body.Document;

    /// <summary>
    /// Reads a body kept on disk now, before anything is claimed for the article: false when the file changed (or
    /// went) since it was listed, so the article is left to the next run, which sees the new version.
    /// </summary>
    public bool TryLoadBody()
    {
        try
        {
            _ = _body.Text;
            return true;
        }
        catch (ArticleChangedException)
        {
            return false;
        }
    }

    /// <summary>Lets <see cref="Document"/> (and a body read from disk) go once the channels have rendered the article; read and parsed again if needed.</summary>
    public void ReleaseDocument() => _body.Release();

    /// <summary>True while a parsed <see cref="Document"/> or a body read from disk is held.</summary>
    public bool HoldsDocument => _body.IsParsed;

    /// <summary>1-based line in the source file where <see cref="Body"/> starts.</summary>
    public int BodyLine { get; init; } = 1;

    /// <summary>Readable, diacritic-free URL slug derived from the title, e.g. <c>huong-dan-nop-ho-so-truc-tuyen</c>.</summary>
    public required string Slug { get; init; }

    /// <summary>SHA-256 (hex) of the normalized front matter and body: the article "version".</summary>
    public required string ContentHash { get; init; }

    /// <summary>Last write time of the source file (shown in listings; never used for identity).</summary>
    public DateTimeOffset? ModifiedAt { get; init; }
}
