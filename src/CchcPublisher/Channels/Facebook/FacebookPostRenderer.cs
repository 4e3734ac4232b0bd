using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CchcPublisher.Channels.Http;
using CchcPublisher.Content.Markdown;
using CchcPublisher.Content.Text;
using CchcPublisher.Hosting;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Facebook;

/// <summary>
/// Renders an article as a Page post by walking the Markdown AST into plain text with no Markdown syntax left:
/// headings and paragraphs as lines separated by a blank line, lists as "- " (or "1. ") lines, links as
/// "text (url)", emphasis and code as their text, images dropped. Then the link to the website article (when the
/// website published first), the category hashtags and the reconcile marker.
/// </summary>
internal sealed class FacebookPostRenderer(
    IOptions<FacebookOptions> options,
    IOptions<CommuneOptions> commune,
    ICategoryHashtags hashtags)
{
    public const string MarkerPrefix = "#cchc_";

    public const string LinkLabel = "Xem chi tiết: ";

    private const string NestedIndent = "    ";

    public Uri MediaBase =>
        options.Value.MediaBaseUrl is { Length: > 0 } configured
            ? new Uri(configured.EndsWith('/') ? configured : configured + "/")
            : MediaUrls.DefaultBase(commune.Value.WebsiteUrl);

    public FacebookPost Render(PublishContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = context.Article;
        var link = WebsiteLink(context);
        var photo = article.CoverPath is null ? null : MediaUrls.ForFile(MediaBase, MediaUrls.CoverFileName(article));
        var kind = photo is not null && (link is null || options.Value.PreferPhotoPost) ? FacebookPostKind.Photo : FacebookPostKind.Feed;
        var tags = article.Categories.Select(hashtags.HashtagOf)
            .Concat(options.Value.ExtraHashtags)
            .Where(tag => tag.Length > 0)
            .Select(tag => "#" + tag)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var tail = new StringBuilder();
        if (link is not null)
        {
            tail.Append("\n\n").Append(LinkLabel).Append(link.AbsoluteUri);
        }

        // No visible marker: citizens read this post. Reconciliation matches the exact text that was sent
        // (its fingerprint is recorded in the ledger at claim time).
        if (tags.Count > 0)
        {
            tail.Append("\n\n").Append(string.Join(' ', tags));
        }
        var message = Compose(article.Title.Trim(), article.Document, tail.ToString(), options.Value.MaxMessageLength);
        return new FacebookPost(kind, message, link, kind == FacebookPostKind.Photo ? photo : null);
    }

    /// <summary>
    /// A fingerprint of a post's text, as recorded at claim time and compared with the Page's posts when
    /// reconciling: SHA-256 of the text with line ends and surrounding white space normalized (as Facebook may).
    /// </summary>
    public static string Fingerprint(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var normalized = message.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        normalized = NfcText.Normalize(normalized);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    /// <summary>
    /// (Before 2026-12: appended to every post; still recognised when reconciling posts sent then.)
    /// The unobtrusive tag that identifies an article's post when its outcome is unknown: "#cchc_" and 8 hex
    /// characters of SHA-256 of the article id (the id, not the version: any post of the article counts, so an
    /// edit made while the outcome was unknown can never cause a second post).
    /// </summary>
    public static string Marker(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        return MarkerPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(articleId)))[..8];
    }

    /// <summary>The website's URL for this article when the website channel published it earlier in this run.</summary>
    public static Uri? WebsiteLink(PublishContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.EarlierResults.TryGetValue(ChannelNames.Website, out var website)
            && website.Outcome == PublishOutcome.Published
            && Uri.TryCreate(website.Url, UriKind.Absolute, out var url)
            && url.Scheme is "http" or "https"
                ? url
                : null;
    }

    /// <summary>Markdown to plain text (see the class summary).</summary>
    public static string PlainText(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return PlainText(MarkdownPipelines.Parse(markdown));
    }

    /// <summary>An already parsed body to plain text.</summary>
    public static string PlainText(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var body = BodyLines.Of(document);
        return body.Length == 0 ? string.Empty : string.Create(body.Length, body, static (span, body) => body.CopyTo(span));
    }

    /// <summary>
    /// <c>Compose(title, PlainText(document), tail, maxLength)</c>, written straight into the message when the body
    /// fits whole and has no white space at either end to trim (the usual post), without the body's text on its own.
    /// </summary>
    private static string Compose(string title, MarkdownDocument document, string tail, int maxLength)
    {
        var body = BodyLines.Of(document);
        var available = maxLength - (title.Length + 2) - tail.Length;
        if (available < 2 || body.Length > available || body.Length == 0 || body.HasOuterWhiteSpace)
        {
            var text = body.Length == 0 ? string.Empty : string.Create(body.Length, body, static (span, body) => body.CopyTo(span));
            return Compose(title, text, tail, maxLength);
        }

        return string.Create(title.Length + 2 + body.Length + tail.Length, (title, body, tail), static (span, state) =>
        {
            state.title.CopyTo(span);
            var at = state.title.Length;
            span[at++] = '\n';
            span[at++] = '\n';
            state.body.CopyTo(span[at..]);
            state.tail.CopyTo(span[(at + state.body.Length)..]);
        });
    }

    /// <summary>Every block's lines, in order; a block's lines are joined by a line feed and blocks by a blank line.</summary>
    private sealed class BodyLines
    {
        private readonly List<string> _lines = [];
        private readonly List<int> _blockEnds = [];

        /// <summary>Characters of the joined text.</summary>
        public int Length { get; private set; }

        /// <summary>True when the joined text starts or ends with white space (<see cref="string.Trim()"/> would cut it).</summary>
        public bool HasOuterWhiteSpace =>
            _lines.Count > 0 && (_lines[0].Length == 0 || char.IsWhiteSpace(_lines[0][0]) || _lines[^1].Length == 0 || char.IsWhiteSpace(_lines[^1][^1]));

        public static BodyLines Of(MarkdownDocument document)
        {
            var body = new BodyLines();
            foreach (var block in document)
            {
                var first = body._lines.Count;
                BlockLines(block, 0, body._lines);
                if (body._lines.Count > first)
                {
                    body._blockEnds.Add(body._lines.Count);
                    body.Length += (body._blockEnds.Count > 1 ? 2 : 0) + (body._lines.Count - first - 1);
                }
            }

            foreach (var line in body._lines)
            {
                body.Length += line.Length;
            }

            return body;
        }

        public void CopyTo(Span<char> span)
        {
            var at = 0;
            var line = 0;
            for (var b = 0; b < _blockEnds.Count; b++)
            {
                if (b > 0)
                {
                    span[at++] = '\n';
                    span[at++] = '\n';
                }

                for (var first = line; line < _blockEnds[b]; line++)
                {
                    if (line > first)
                    {
                        span[at++] = '\n';
                    }

                    _lines[line].CopyTo(span[at..]);
                    at += _lines[line].Length;
                }
            }
        }
    }

    private static string Compose(string title, string body, string tail, int maxLength)
    {
        var head = title + "\n\n";
        var available = maxLength - head.Length - tail.Length;
        if (available < 2)
        {
            return TextLimits.Truncate(title, Math.Max(2, maxLength - tail.Length)) + tail;
        }

        return head + TextLimits.Truncate(body, available) + tail;
    }

    private static void BlockLines(Block block, int depth, List<string> lines)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or LinkReferenceDefinitionGroup or ThematicBreakBlock:
                break;
            case ListBlock list:
                ListLines(list, depth, lines);
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    var cells = row.OfType<TableCell>().Select(CellText).Where(text => text.Length > 0);
                    var line = string.Join(" – ", cells);
                    if (line.Length > 0)
                    {
                        lines.Add(line);
                    }
                }

                break;
            case CodeBlock code:
                lines.AddRange(code.Lines.ToString().Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0));
                break;
            case LeafBlock leaf:
                var text = InlineText(leaf.Inline);
                if (text.Length > 0)
                {
                    lines.Add(text);
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    BlockLines(child, depth, lines);
                }

                break;
            default:
                break;
        }
    }

    private static string CellText(TableCell cell)
    {
        var parts = new List<string>();
        foreach (var child in cell)
        {
            BlockLines(child, 0, parts);
        }

        return string.Join(' ', parts);
    }

    private static void ListLines(ListBlock list, int depth, List<string> lines) =>
        MarkdownListText.AppendLines(list, depth, lines, NestedIndent, alignContinuation: true, BlockLines);

    private static string InlineText(ContainerInline? container)
    {
        var output = StringBuilderCache.Acquire();
        AppendInlines(output, container);
        return StringBuilderCache.ToTrimmedStringAndRelease(output);
    }

    private static void AppendInlines(StringBuilder output, ContainerInline? container)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline { Content.Length: > 0 } literal:
                    output.Append(literal.Content.AsSpan());
                    break;
                case LiteralInline:
                    break;
                case CodeInline code:
                    output.Append(code.Content);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case LinkInline link:
                    AppendLink(output, link);
                    break;
                case AutolinkInline autolink:
                    output.Append(autolink.Url);
                    break;
                case LineBreakInline lineBreak:
                    output.Append(lineBreak.IsHard ? '\n' : ' ');
                    break;
                case HtmlEntityInline entity:
                    output.Append(entity.Transcoded.ToString());
                    break;
                case HtmlInline raw:
                    output.Append(raw.Tag);
                    break;
                case ContainerInline other:
                    AppendInlines(output, other);
                    break;
                default:
                    break;
            }
        }
    }

    private static void AppendLink(StringBuilder output, LinkInline link)
    {
        var label = InlineText(link);
        var url = link.Url ?? string.Empty;
        var shown = url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? url["mailto:".Length..] : url;
        var external = url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
        if (!external || string.Equals(label, shown, StringComparison.Ordinal))
        {
            output.Append(label.Length > 0 ? label : shown);
            return;
        }

        output.Append(label.Length > 0 ? label + " (" + shown + ")" : shown);
    }
}
