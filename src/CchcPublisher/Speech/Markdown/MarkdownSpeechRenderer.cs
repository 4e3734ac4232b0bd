using System.Buffers;
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
/// Blocks are written into one <see cref="SpeechBlocks"/> buffer and finished there (spaces collapsed, trimmed, a
/// full stop added), so the text of a block, or of a list item, is not copied from string to string at each step.
/// </summary>
internal static class MarkdownSpeechRenderer
{
    public static IReadOnlyList<string> Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Render(MarkdownPipelines.Parse(markdown));
    }

    /// <summary>An already parsed body (an article's shared <see cref="Content.Articles.Article.Document"/>); only read.</summary>
    public static IReadOnlyList<string> Render(MarkdownDocument document)
    {
        using var blocks = RenderBlocks(document);
        var texts = new List<string>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            texts.Add(blocks[i].ToString());
        }

        return texts;
    }

    /// <summary>The blocks <see cref="Render(MarkdownDocument)"/> gives, in one buffer; the caller disposes it.</summary>
    public static SpeechBlocks RenderBlocks(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = new SpeechBlocks(Math.Max(document.Span.Length, 0) + 256);
        var ranges = blocks.Ranges;
        foreach (var block in document)
        {
            RenderBlock(block, blocks, ranges);
        }

        var kept = 0;
        for (var i = 0; i < ranges.Count; i++)
        {
            if (HasLetterOrDigit(blocks.Of(ranges[i])))
            {
                ranges[kept++] = ranges[i];
            }
        }

        ranges.RemoveRange(kept, ranges.Count - kept);
        return blocks;
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
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

    /// <summary>Writes the text blocks of <paramref name="block"/> at the end of <paramref name="text"/>, each added to <paramref name="output"/>.</summary>
    private static void RenderBlock(Block block, SpeechBlocks text, List<(int Start, int Length)> output)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup:
                return;
            case HeadingBlock heading:
                InlineSentence(heading.Inline, text, output);
                return;
            case ParagraphBlock paragraph:
                InlineSentence(paragraph.Inline, text, output);
                return;
            case ListBlock list:
                List(list, text, output);
                return;
            case Table table:
            {
                var rendered = TableText(table, text);
                var start = text.Length;
                text.Append(rendered);
                output.Add((start, rendered.Length));
                return;
            }

            case FencedCodeBlock fenced when !string.IsNullOrWhiteSpace(fenced.Info):
                return;
            case CodeBlock code:
                CodeText(code, text, output);
                return;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    RenderBlock(child, text, output);
                }

                return;
            case LeafBlock leaf when leaf.Inline is not null:
                InlineSentence(leaf.Inline, text, output);
                return;
        }
    }

    /// <summary>The inlines as one sentence: runs of spaces made one, trimmed, ending in a stop.</summary>
    private static void InlineSentence(ContainerInline? inline, SpeechBlocks text, List<(int Start, int Length)> output)
    {
        var start = text.Length;
        AppendInlines(inline, text);
        CollapseSpaces(text, start);
        FinishSentence(text, start);
        output.Add((start, text.Length - start));
    }

    /// <summary>
    /// The lines of a code block, each trimmed and ending in a stop, joined by a space; lines left with one
    /// character or none are not read. An empty block (a lone "```") has no line array at all: an empty text.
    /// </summary>
    private static void CodeText(CodeBlock code, SpeechBlocks text, List<(int Start, int Length)> output)
    {
        var start = text.Length;
        var lines = code.Lines.Lines;
        if (lines is not null)
        {
            var kept = 0;
            for (var k = 0; k < code.Lines.Count; k++)
            {
                var lineStart = text.Length;
                if (kept > 0)
                {
                    text.Append(' ');
                }

                var sentenceStart = text.Length;
                text.Append(lines[k].Slice.AsSpan());
                FinishSentence(text, sentenceStart);
                if (text.Length - sentenceStart > 1)
                {
                    kept++;
                }
                else
                {
                    text.Truncate(lineStart);
                }
            }
        }

        output.Add((start, text.Length - start));
    }

    /// <summary>
    /// Each item a sentence (its blocks joined by a space, "Thứ nhất, …" before an ordered one), the sentences
    /// joined by a space. An item's blocks are written after the sentences before it, then moved into place behind
    /// their prefix and finished there.
    /// </summary>
    private static void List(ListBlock list, SpeechBlocks text, List<(int Start, int Length)> output)
    {
        var listStart = text.Length;
        var parts = new List<(int Start, int Length)>();
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : 1;
        var sentences = 0;
        Span<char> small = stackalloc char[256];
        foreach (var child in list)
        {
            if (child is not ListItemBlock listItem)
            {
                continue;
            }

            parts.Clear();
            var itemStart = text.Length;
            foreach (var block in listItem)
            {
                RenderBlock(block, text, parts);
            }

            var joined = parts.Count - 1;
            foreach (var part in parts)
            {
                joined += part.Length;
            }

            if (joined <= 0)
            {
                text.Truncate(itemStart); // nothing to read in the item: it takes no number
                continue;
            }

            var rawLength = text.Length - itemStart;
            char[]? rented = null;
            var raw = rawLength <= small.Length ? small : (rented = ArrayPool<char>.Shared.Rent(rawLength));
            text.From(itemStart).CopyTo(raw);
            text.Truncate(itemStart);
            if (sentences++ > 0)
            {
                text.Append(' ');
            }

            var sentenceStart = text.Length;
            if (list.IsOrdered)
            {
                text.Append("Thứ ");
                text.Append(VietnameseNumbers.Ordinal(number, NumberStyle.Default));
                text.Append(", ");
            }

            var textStart = text.Length;
            for (var k = 0; k < parts.Count; k++)
            {
                if (k > 0)
                {
                    text.Append(' ');
                }

                text.Append(raw.Slice(parts[k].Start - itemStart, parts[k].Length));
            }

            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }

            if (list.IsOrdered)
            {
                LowerFirst(text.From(textStart));
            }

            FinishSentence(text, sentenceStart);
            number++;
        }

        output.Add((listStart, text.Length - listStart));
    }

    private static string TableText(Table table, SpeechBlocks text)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        var headers = header?.OfType<TableCell>().Select(c => Cell(c, text)).ToList() ?? [];
        var sentences = new List<string>();
        foreach (var row in rows.Where(r => !r.IsHeader))
        {
            var cells = row.OfType<TableCell>().Select(c => Cell(c, text)).ToList();
            var parts = cells
                .Select((cell, i) => (cell, head: i < headers.Count ? headers[i] : string.Empty))
                .Where(p => p.cell.Length > 0)
                .Select(p => p.head.Length > 0 ? $"{p.head}: {p.cell}" : p.cell);
            var sentence = string.Join("; ", parts);
            if (sentence.Length > 0)
            {
                sentences.Add(Scripts.SentenceSplitter.EndWithStop(sentence.Trim()));
            }
        }

        return string.Join(' ', sentences);
    }

    /// <summary>A cell's blocks joined by a space, without the full stops that end it (written, read, then forgotten).</summary>
    private static string Cell(TableCell cell, SpeechBlocks text)
    {
        var start = text.Length;
        var parts = new List<(int Start, int Length)>();
        foreach (var child in cell)
        {
            RenderBlock(child, text, parts);
        }

        var builder = StringBuilderCache.Acquire();
        for (var k = 0; k < parts.Count; k++)
        {
            (k > 0 ? builder.Append(' ') : builder).Append(text.Of(parts[k]));
        }

        text.Truncate(start);
        return StringBuilderCache.ToStringAndRelease(builder).TrimEnd('.');
    }

    /// <summary>Runs of spaces (U+0020 only) in the text from <paramref name="start"/> made one, and none at either end.</summary>
    /// <remarks>
    /// Text is usually written with single spaces: nothing changes before a leading space or the first double space,
    /// which a vectorized search finds, so the loop starts there (as it would have reached it: all kept, no space
    /// pending, since the character before is not a space).
    /// </remarks>
    internal static void CollapseSpaces(SpeechBlocks text, int start)
    {
        var chars = text.From(start);
        var written = chars.StartsWith(' ') ? 0 : chars.IndexOf("  ");
        if (written < 0)
        {
            text.Truncate(chars.EndsWith(' ') ? text.Length - 1 : text.Length); // a trailing single space at most
            return;
        }

        var pendingSpace = false;
        foreach (var c in chars[written..])
        {
            if (c == ' ')
            {
                pendingSpace = written > 0;
                continue;
            }

            if (pendingSpace)
            {
                chars[written++] = ' ';
                pendingSpace = false;
            }

            chars[written++] = c;
        }

        text.Truncate(start + written);
    }

    /// <summary>
    /// The text from <paramref name="start"/> as <see cref="Scripts.SentenceSplitter.EndWithStop(string)"/> of it
    /// trimmed makes it: no white space around it, no spaces, commas, semicolons or colons at its end, then a full stop
    /// unless it is empty or ends in '.', '!' or '?'.
    /// </summary>
    private static void FinishSentence(SpeechBlocks text, int start)
    {
        var chars = text.From(start);
        var lead = chars.Length - chars.TrimStart().Length;
        var sentence = Scripts.SentenceSplitter.TrimForStop(chars.Trim());
        var length = sentence.Length;
        if (lead > 0)
        {
            chars.Slice(lead, length).CopyTo(chars);
        }

        text.Truncate(start + length);
        if (Scripts.SentenceSplitter.NeedsStop(text.From(start)))
        {
            text.Append('.');
        }
    }

    private static void AppendInlines(ContainerInline? container, SpeechBlocks text)
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
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case LinkInline { IsAutoLink: true } autoLink:
                    text.Append(autoLink.Url);
                    break;
                case LinkInline link:
                    AppendInlines(link, text);
                    break;
                case EmphasisInline { DelimiterChar: '~', DelimiterCount: 2 }:
                    break;
                case ContainerInline nested:
                    AppendInlines(nested, text);
                    break;
                case HtmlInline html:
                    text.Append(html.Tag);
                    break;
            }
        }
    }

    /// <summary>"Nộp hồ sơ" → "nộp hồ sơ" after "Thứ nhất, ", but not "UBND" or a one-letter text.</summary>
    private static void LowerFirst(Span<char> text)
    {
        if (text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]))
        {
            text[0] = char.ToLowerInvariant(text[0]);
        }
    }
}
