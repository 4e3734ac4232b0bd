using System.Text;
using CchcPublisher.Content.Markdown;
using CchcPublisher.Content.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CchcPublisher.Speech.Markdown;

/// <summary>
/// Walks the Markdig AST of an article body and returns its text blocks as they should be read, still in
/// written form (the normalizer comes next):
/// <list type="bullet">
/// <item>headings and paragraphs: one block each, ending in a full stop;</item>
/// <item>lists: one block, each item a sentence; ordered items start "Thứ nhất, …", "Thứ hai, …";</item>
/// <item>emphasis markers vanish; strikethrough text is not read (it was struck out);</item>
/// <item>links keep their text and drop the address; a bare address (autolink) is kept for the normalizer
/// to speak; images are dropped (nothing to hear);</item>
/// <item>tables: one block, each row a sentence "Header: cell; Header: cell.";</item>
/// <item>code: inline code is read as text; an indented block (often a paragraph pasted with indentation)
/// is read; a fenced block with a language ("```json") is skipped as not meant for listeners.</item>
/// </list>
/// </summary>
internal static class MarkdownSpeechRenderer
{
    public static IReadOnlyList<string> Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Render(Markdig.Markdown.Parse(markdown, MarkdownPipelines.Default));
    }

    /// <summary>An already parsed body (an article's shared <see cref="Content.Articles.Article.Document"/>); only read.</summary>
    public static IReadOnlyList<string> Render(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = new List<string>();
        foreach (var block in document)
        {
            RenderBlock(block, blocks);
        }

        blocks.RemoveAll(block => !HasLetterOrDigit(block));
        return blocks;
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void RenderBlock(Block block, List<string> output)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup:
                return;
            case HeadingBlock heading:
                output.Add(Sentence(Inlines(heading.Inline)));
                return;
            case ParagraphBlock paragraph:
                output.Add(Sentence(Inlines(paragraph.Inline)));
                return;
            case ListBlock list:
                output.Add(List(list));
                return;
            case Table table:
                output.Add(TableText(table));
                return;
            case FencedCodeBlock fenced when !string.IsNullOrWhiteSpace(fenced.Info):
                return;
            case CodeBlock code:
                // An empty block (a lone "```") has no line array at all.
                output.Add(code.Lines.Lines is null
                    ? string.Empty
                    : string.Join(' ', code.Lines.Lines.Take(code.Lines.Count).Select(l => Sentence(l.ToString())).Where(l => l.Length > 1)));
                return;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    RenderBlock(child, output);
                }

                return;
            case LeafBlock leaf when leaf.Inline is not null:
                output.Add(Sentence(Inlines(leaf.Inline)));
                return;
        }
    }

    /// <summary>
    /// Each item a sentence (its blocks joined by a space, "Thứ nhất, …" before an ordered one), the sentences
    /// joined by a space, written into one builder: an item's text is copied once, not joined, prefixed, trimmed and
    /// stopped into a new string at each step.
    /// </summary>
    private static string List(ListBlock list)
    {
        var output = new StringBuilder();
        var item = StringBuilderCache.Acquire();
        var parts = new List<string>();
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : 1;
        var sentences = 0;
        foreach (var child in list)
        {
            if (child is not ListItemBlock listItem)
            {
                continue;
            }

            parts.Clear();
            foreach (var block in listItem)
            {
                RenderBlock(block, parts);
            }

            item.Clear();
            if (list.IsOrdered)
            {
                item.Append("Thứ ").Append(VietnameseNumbers.Ordinal(number, NumberStyle.Default)).Append(", ");
            }

            var text = item.Length;
            for (var k = 0; k < parts.Count; k++)
            {
                (k > 0 ? item.Append(' ') : item).Append(parts[k]);
            }

            if (item.Length == text)
            {
                continue; // nothing to read in the item: it takes no number
            }

            if (list.IsOrdered)
            {
                LowerFirst(item, text);
            }

            (sentences++ > 0 ? output.Append(' ') : output).AppendSentence(item);
            number++;
        }

        StringBuilderCache.Release(item);
        return output.ToString();
    }

    private static string TableText(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        var headers = header?.OfType<TableCell>().Select(Cell).ToList() ?? [];
        var sentences = new List<string>();
        foreach (var row in rows.Where(r => !r.IsHeader))
        {
            var cells = row.OfType<TableCell>().Select(Cell).ToList();
            var parts = cells
                .Select((cell, i) => (cell, head: i < headers.Count ? headers[i] : string.Empty))
                .Where(p => p.cell.Length > 0)
                .Select(p => p.head.Length > 0 ? $"{p.head}: {p.cell}" : p.cell);
            var sentence = string.Join("; ", parts);
            if (sentence.Length > 0)
            {
                sentences.Add(Sentence(sentence));
            }
        }

        return string.Join(' ', sentences);
    }

    private static string Cell(TableCell cell)
    {
        var parts = new List<string>();
        foreach (var child in cell)
        {
            RenderBlock(child, parts);
        }

        return string.Join(' ', parts).TrimEnd('.');
    }

    /// <summary>The text of the inlines, with runs of spaces (U+0020 only) made one and none at either end.</summary>
    private static string Inlines(ContainerInline? container)
    {
        var builder = StringBuilderCache.Acquire();
        AppendInlines(container, builder);
        var text = StringBuilderCache.ToStringAndRelease(builder);
        return text.Contains("  ", StringComparison.Ordinal) || (text.Length > 0 && (text[0] == ' ' || text[^1] == ' '))
            ? CollapseSpaces(text)
            : text;
    }

    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static void AppendInlines(ContainerInline? container, StringBuilder builder)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case LinkInline { IsAutoLink: true } autoLink:
                    builder.Append(autoLink.Url);
                    break;
                case LinkInline link:
                    AppendInlines(link, builder);
                    break;
                case EmphasisInline { DelimiterChar: '~', DelimiterCount: 2 }:
                    break;
                case ContainerInline nested:
                    AppendInlines(nested, builder);
                    break;
                case HtmlInline html:
                    builder.Append(html.Tag);
                    break;
            }
        }
    }

    private static string Sentence(string text) => Scripts.SentenceSplitter.EndWithStop(text.Trim());

    /// <summary>"Nộp hồ sơ" → "nộp hồ sơ" after "Thứ nhất, ", but not "UBND" or a one-letter text (from <paramref name="start"/>).</summary>
    private static void LowerFirst(StringBuilder builder, int start)
    {
        if (builder.Length - start > 1 && char.IsUpper(builder[start]) && !char.IsUpper(builder[start + 1]))
        {
            builder[start] = char.ToLowerInvariant(builder[start]);
        }
    }

    /// <summary><see cref="Sentence(string)"/> of the builder's text, appended to <paramref name="output"/>.</summary>
    private static StringBuilder AppendSentence(this StringBuilder output, StringBuilder text)
    {
        var length = text.Length;
        char[]? rented = null;
        var buffer = length <= 256 ? stackalloc char[256] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(length));
        text.CopyTo(0, buffer, length);
        var sentence = Scripts.SentenceSplitter.TrimForStop(buffer[..length].Trim());
        output.Append(sentence);
        if (Scripts.SentenceSplitter.NeedsStop(sentence))
        {
            output.Append('.');
        }

        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return output;
    }
}
