using System.Globalization;
using System.Text;
using CchcPublisher.Channels.Http;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Markdown;
using CchcPublisher.Content.Text;
using CchcPublisher.Hosting;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Zalo;

/// <summary>
/// Renders an article as a Zalo OA article by walking the Markdown AST: consecutive paragraphs, headings, lists,
/// quotes and tables become one text block of simple HTML (<c>&lt;p&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;i&gt;</c>,
/// <c>&lt;br&gt;</c>; lists as "- " lines); each image in a paragraph becomes an image block. All text is
/// HTML-escaped, so nothing an official writes can become markup.
/// </summary>
internal sealed class ZaloArticleRenderer(IOptions<ZaloOptions> options, IOptions<CommuneOptions> commune)
{
    /// <summary>The body's text buffer, kept by each thread from one article to the next.</summary>
    [ThreadStatic]
    private static StringBuilder? t_body;

    /// <summary>Zalo allows 150; a client saw exactly 150 refused, so we stay at 140 (docs/channels/zalo.md).</summary>
    public const int MaxTitle = 140;

    public const int MaxAuthor = 50;

    public const int MaxDescription = 300;

    private const string NestedIndent = "\u00a0\u00a0\u00a0\u00a0";

    /// <summary>Public base URL of article images (see <see cref="ZaloOptions.MediaBaseUrl"/>).</summary>
    public Uri MediaBase =>
        options.Value.MediaBaseUrl is { Length: > 0 } configured
            ? new Uri(configured.EndsWith('/') ? configured : configured + "/")
            : MediaUrls.DefaultBase(commune.Value.WebsiteUrl);

    public ZaloArticle Render(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = article.Document;
        var body = new BodyBuilder(MediaBase, t_body ?? new StringBuilder(1024));
        t_body = null;
        foreach (var block in document)
        {
            body.Block(block);
        }

        var problems = new List<string>();
        var cover = article.CoverPath is not null
            ? MediaUrls.ForFile(MediaBase, MediaUrls.CoverFileName(article))
            : options.Value.DefaultCoverUrl is { Length: > 0 } fallback ? new Uri(fallback) : null;
        if (cover is null)
        {
            problems.Add("Zalo bắt buộc có ảnh bìa: thêm 'cover:' vào đầu bài viết, hoặc cấu hình ảnh bìa mặc định Channels:Zalo:DefaultCoverUrl.");
        }

        var blocks = body.Finish();
        t_body = body.ReleaseBuffer();
        if (blocks.Count == 0)
        {
            problems.Add("Bài viết không có nội dung để đăng lên Zalo.");
        }

        var author = article.Author ?? options.Value.Author ?? commune.Value.Name;
        var description = !string.IsNullOrWhiteSpace(article.Summary)
            ? CollapseWhiteSpace(article.Summary)
            : FirstParagraphText(document) ?? article.Title;
        return new ZaloArticle(
            TextLimits.Truncate(CollapseWhiteSpace(article.Title), MaxTitle),
            TextLimits.Truncate(CollapseWhiteSpace(author), MaxAuthor),
            TextLimits.Truncate(description, MaxDescription),
            cover,
            blocks,
            problems);
    }

    private static string? FirstParagraphText(MarkdownDocument document)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            var text = StringBuilderCache.Acquire();
            AppendInlines(text, paragraph.Inline, html: false);
            var collapsed = CollapseWhiteSpace(StringBuilderCache.ToStringAndRelease(text));
            if (collapsed.Length > 0)
            {
                return collapsed;
            }
        }

        return null;
    }

    private static string CollapseWhiteSpace(string text) => WhiteSpaceText.Collapse(text);

    /// <summary>Appends the inlines as escaped simple HTML (<paramref name="html"/>) or as plain text.</summary>
    private static void AppendInlines(StringBuilder output, ContainerInline? container, bool html)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            AppendInline(output, inline, html);
        }
    }

    private static void AppendInline(StringBuilder output, Inline inline, bool html)
    {
        switch (inline)
        {
            case LiteralInline literal:
                AppendText(output, literal.Content.AsSpan(), html);
                break;
            case EmphasisInline emphasis when html && emphasis.DelimiterChar is '*' or '_':
                var tag = emphasis.DelimiterCount >= 2 ? "b" : "i";
                output.Append('<').Append(tag).Append('>');
                AppendInlines(output, emphasis, html);
                output.Append("</").Append(tag).Append('>');
                break;
            case CodeInline code:
                AppendText(output, code.Content, html);
                break;
            case LinkInline { IsImage: true } image:
                AppendInlines(output, image, html);
                break;
            case LinkInline link:
                AppendLink(output, link, html);
                break;
            case AutolinkInline autolink:
                AppendText(output, autolink.Url, html);
                break;
            case LineBreakInline lineBreak:
                output.Append(lineBreak.IsHard ? (html ? "<br>" : "\n") : " ");
                break;
            case HtmlEntityInline entity:
                AppendText(output, entity.Transcoded.ToString(), html);
                break;
            case HtmlInline raw:
                AppendText(output, raw.Tag, html);
                break;
            case ContainerInline other:
                AppendInlines(output, other, html);
                break;
            default:
                break;
        }
    }

    /// <summary>Links as "text (url)": Zalo's allowed tags are unknown, and a visible address works everywhere.</summary>
    private static void AppendLink(StringBuilder output, LinkInline link, bool html)
    {
        var text = StringBuilderCache.Acquire();
        AppendInlines(text, link, html: false);
        var label = StringBuilderCache.ToTrimmedStringAndRelease(text);
        var url = link.Url ?? string.Empty;
        var shown = url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? url["mailto:".Length..] : url;
        var external = url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
        if (html)
        {
            AppendInlines(output, link, html);
        }
        else
        {
            output.Append(label);
        }

        if (external && !string.Equals(label, shown, StringComparison.Ordinal))
        {
            AppendText(output, (label.Length > 0 ? " (" : string.Empty) + shown + (label.Length > 0 ? ")" : string.Empty), html);
        }
    }

    private static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create("&<>\"");

    /// <summary>The text, HTML-escaped (&amp; &lt; &gt; &quot;) when <paramref name="html"/>; runs between escapes are copied whole.</summary>
    private static void AppendText(StringBuilder output, ReadOnlySpan<char> text, bool html)
    {
        if (!html)
        {
            output.Append(text);
            return;
        }

        for (var k = text.IndexOfAny(Escaped); k >= 0; k = text.IndexOfAny(Escaped))
        {
            output.Append(text[..k]).Append(text[k] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => "&quot;",
            });
            text = text[(k + 1)..];
        }

        output.Append(text);
    }

    private static string InlineHtml(LeafBlock block)
    {
        var text = StringBuilderCache.Acquire();
        AppendInlines(text, block.Inline, html: true);
        return StringBuilderCache.ToTrimmedStringAndRelease(text);
    }

    /// <summary>Collects text and image blocks; consecutive text goes into one block.</summary>
    private sealed class BodyBuilder(Uri mediaBase, StringBuilder buffer)
    {
        private readonly List<ZaloBodyBlock> _blocks = [];
        private readonly StringBuilder _html = buffer.Clear();

        /// <summary>The text buffer, for the thread's next article (after <see cref="Finish"/>); null when it grew large.</summary>
        public StringBuilder? ReleaseBuffer() => _html.Capacity <= 64 * 1024 ? _html.Clear() : null;

        public List<ZaloBodyBlock> Finish()
        {
            Flush();
            return _blocks;
        }

        public void Block(Block block)
        {
            switch (block)
            {
                case YamlFrontMatterBlock or LinkReferenceDefinitionGroup or ThematicBreakBlock:
                    break;
                case ParagraphBlock paragraph:
                    Paragraph(paragraph);
                    break;
                case HeadingBlock heading:
                    AppendParagraph("<b>" + InlineHtml(heading) + "</b>");
                    break;
                case ListBlock list:
                    var lines = new List<string>();
                    ListLines(list, 0, lines);
                    AppendParagraph(string.Join("<br>", lines));
                    break;
                case QuoteBlock quote:
                    var quoted = new List<string>();
                    foreach (var child in quote)
                    {
                        ContainerLines(child, 0, quoted);
                    }

                    AppendParagraph("<i>" + string.Join("<br>", quoted) + "</i>");
                    break;
                case Table table:
                    AppendParagraph(string.Join("<br>", TableLines(table)));
                    break;
                case CodeBlock code:
                    AppendParagraph(string.Join("<br>", CodeLines(code).Select(Escape)));
                    break;
                case LeafBlock leaf:
                    AppendParagraph(InlineHtml(leaf));
                    break;
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        Block(child);
                    }

                    break;
                default:
                    break;
            }
        }

        /// <summary>Text until an image, the image as its own block, then the rest.</summary>
        private void Paragraph(ParagraphBlock paragraph)
        {
            var text = StringBuilderCache.Acquire();
            if (paragraph.Inline is not null)
            {
                foreach (var inline in paragraph.Inline)
                {
                    if (inline is LinkInline { IsImage: true } image && MediaUrls.Resolve(mediaBase, image.Url) is { } url)
                    {
                        AppendParagraph(text);
                        text.Clear();
                        var caption = new StringBuilder();
                        AppendInlines(caption, image, html: false);
                        Flush();
                        _blocks.Add(ZaloBodyBlock.Image(url, caption.ToString().Trim()));
                        continue;
                    }

                    AppendInline(text, inline, html: true);
                }
            }

            AppendParagraph(text);
            StringBuilderCache.Release(text);
        }

        /// <summary><see cref="AppendParagraph(string)"/> of the builder's text trimmed (<see cref="string.Trim()"/>).</summary>
        private void AppendParagraph(StringBuilder text)
        {
            var start = 0;
            var end = text.Length;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                _html.Append("<p>").Append(text, start, end - start).Append("</p>");
            }
        }

        private void AppendParagraph(string innerHtml)
        {
            if (innerHtml.Length > 0)
            {
                _html.Append("<p>").Append(innerHtml).Append("</p>");
            }
        }

        private void Flush()
        {
            if (_html.Length > 0)
            {
                _blocks.Add(ZaloBodyBlock.Text(_html.ToString()));
                _html.Clear();
            }
        }

        private static void ListLines(ListBlock list, int depth, List<string> lines) =>
            MarkdownListText.AppendLines(list, depth, lines, NestedIndent, alignContinuation: false, ContainerLines);

        private static void ContainerLines(Block block, int depth, List<string> lines)
        {
            switch (block)
            {
                case ListBlock list:
                    ListLines(list, depth, lines);
                    break;
                case Table table:
                    lines.AddRange(TableLines(table));
                    break;
                case CodeBlock code:
                    lines.AddRange(CodeLines(code).Select(Escape));
                    break;
                case LeafBlock leaf:
                    var html = InlineHtml(leaf);
                    if (html.Length > 0)
                    {
                        lines.Add(html);
                    }

                    break;
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        ContainerLines(child, depth, lines);
                    }

                    break;
                default:
                    break;
            }
        }

        private static IEnumerable<string> TableLines(Table table)
        {
            foreach (var row in table.OfType<TableRow>())
            {
                var cells = row.OfType<TableCell>()
                    .Select(cell =>
                    {
                        var parts = new List<string>();
                        foreach (var child in cell)
                        {
                            ContainerLines(child, 0, parts);
                        }

                        return string.Join(" ", parts);
                    })
                    .Where(text => text.Length > 0);
                var line = string.Join(" – ", cells);
                if (line.Length > 0)
                {
                    yield return row.IsHeader ? "<b>" + line + "</b>" : line;
                }
            }
        }

        private static IEnumerable<string> CodeLines(CodeBlock code) =>
            code.Lines.ToString().Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Trim().Length > 0);

        private static string Escape(string text)
        {
            var output = new StringBuilder(text.Length);
            AppendText(output, text, html: true);
            return output.ToString();
        }
    }
}
