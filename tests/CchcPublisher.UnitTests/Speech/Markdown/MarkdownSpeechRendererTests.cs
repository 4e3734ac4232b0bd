using System.Text;
using CchcPublisher.Content.Markdown;
using CchcPublisher.Content.Text;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Markdown;
using CchcPublisher.Speech.Scripts;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CchcPublisher.UnitTests.Speech.Markdown;

/// <summary>
/// Since 2026-12-04 the renderer writes every block into one buffer and finishes it there (spaces collapsed, trimmed,
/// a stop added; list items moved behind their "Thứ …" prefix). It must give exactly the blocks the string-by-string
/// renderer it replaced gave (kept below as the reference), on the seed texts, on Markdown constructs and on random
/// mixtures of both.
/// </summary>
public sealed class MarkdownSpeechRendererTests
{
    private static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "Speech", "Seeds");

    [Theory]
    [InlineData("1. Nộp hồ sơ\n2.\n3. UBND xã tiếp nhận", new[] { "Thứ nhất, nộp hồ sơ. Thứ hai, UBND xã tiếp nhận." })]
    [InlineData("- Một\n-\n- Hai;", new[] { "Một. Hai." })]
    [InlineData("1. Mục cha\n   1. Con một\n   2. Con hai\n2. Mục sau", new[] { "Thứ nhất, mục cha. Thứ nhất, con một. Thứ hai, con hai. Thứ hai, mục sau." })]
    [InlineData("- Đoạn một.\n\n  Đoạn hai,\n- ```\n  ```\n- Cuối", new[] { "Đoạn một. Đoạn hai. Cuối." })]
    [InlineData("    dòng một,  \n    x\n    ,\n    dòng ba", new[] { "dòng một. x. dòng ba." })]
    [InlineData("> Trích   dẫn  \n> tiếp\n\n> - mục", new[] { "Trích dẫn tiếp.", "mục." })]
    [InlineData("\u00a0 Khoảng trắng lạ\u00a0,", new[] { "Khoảng trắng lạ\u00a0." })]
    public void Render_Examples(string markdown, string[] expected)
    {
        Assert.Equal(expected, MarkdownSpeechRenderer.Render(markdown));
        Assert.Equal(expected, ReferenceRenderer.Render(markdown));
    }

    [Fact]
    public void RenderBlocks_SameTextsAsRender()
    {
        var document = Markdig.Markdown.Parse("# Tiêu đề\n\nĐoạn.\n\n- a\n- b\n\n---\n\n| A |\n|---|\n| 1 |\n", MarkdownPipelines.Default);
        using var blocks = MarkdownSpeechRenderer.RenderBlocks(document);

        Assert.Equal(MarkdownSpeechRenderer.Render(document), Enumerable.Range(0, blocks.Count).Select(i => blocks[i].ToString()));
    }

    [Fact]
    public void Render_SeedsAndRandomMarkdown_SameAsTheReference()
    {
        var count = 0;
        foreach (var markdown in Texts())
        {
            var document = Markdig.Markdown.Parse(markdown, MarkdownPipelines.Default);
            Assert.Equal(ReferenceRenderer.Render(document), MarkdownSpeechRenderer.Render(document));
            count++;
        }

        Assert.True(count > 2000);
    }

    [Fact]
    public void CollapseSpaces_EveryShortText_SpaceRunsMadeOneAndNoneAtTheEnds()
    {
        // Every text of up to 8 characters from "a", " " and a no-break space (not collapsed), after a written prefix:
        // the search for the first double space must leave the text as the character loop alone did.
        char[] alphabet = ['a', ' ', '\u00a0'];
        for (var length = 0; length <= 8; length++)
        {
            var combinations = (int)Math.Pow(alphabet.Length, length);
            for (var n = 0; n < combinations; n++)
            {
                var chars = new char[length];
                for (int i = 0, rest = n; i < length; i++, rest /= alphabet.Length)
                {
                    chars[i] = alphabet[rest % alphabet.Length];
                }

                var text = new string(chars);
                using var blocks = new SpeechBlocks(16);
                blocks.Append("trước  ");
                blocks.Append(text);
                MarkdownSpeechRenderer.CollapseSpaces(blocks, 7);

                Assert.Equal("trước  " + CollapsedReference(text), blocks.From(0).ToString());
            }
        }
    }

    private static string CollapsedReference(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<string> Texts()
    {
        var seeds = Directory.GetFiles(SeedFolder, "*.txt").Order(StringComparer.Ordinal).Select(f => File.ReadAllText(f, Encoding.UTF8)).ToArray();
        foreach (var seed in seeds)
        {
            yield return seed;
        }

        string[] pieces =
        [
            "**", "*", "_", "~~", "`", "```", "\n", "\n\n", "\r\n", "  ", "   ", "\t", " ", ".", ",", ";", ":", "!", "?", "\u00a0", "\u2028",
            "\n# ", "\n## ", "\n- ", "\n  - ", "\n    - ", "\n1. ", "\n2) ", "\n3. ", "\n> ", "\n> > ", "\n- \n", "\n1.\n", "\n    mã, \n",
            "\n| a | b |\n|---|:-:|\n| ", " | ", "\n\n| Cột 1 | Cột 2 |\n| --- | --- |\n| ô, | ô. |\n\n", "\n---\n", "\n```\n", "\n```json\n",
            "[liên kết](https://example.vn/a)", "<https://dichvucong.gov.vn>", "![ảnh](a.png)", "&amp;", "&nbsp;", "<b>", "UBND", "Ư", "a", "12", "  \n",
        ];
        var random = new Random(20261204);
        for (var n = 0; n < 3000; n++)
        {
            var builder = new StringBuilder();
            var seed = seeds[random.Next(seeds.Length)];
            var start = random.Next(seed.Length);
            builder.Append(seed, start, Math.Min(seed.Length - start, random.Next(1, 600)));
            var count = random.Next(0, 40);
            for (var i = 0; i < count; i++)
            {
                builder.Insert(random.Next(builder.Length + 1), pieces[random.Next(pieces.Length)]);
            }

            yield return builder.ToString();
        }
    }
}

/// <summary>The renderer as it was until 2026-12-04 (a string per block, per list item and per step).</summary>
file static class ReferenceRenderer
{
    public static IReadOnlyList<string> Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Render(Markdig.Markdown.Parse(markdown, MarkdownPipelines.Default));
    }

    /// <summary>An already parsed body (an article's shared <see cref="CchcPublisher.Content.Articles.Article.Document"/>); only read.</summary>
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

    private static string Sentence(string text) => SentenceSplitter.EndWithStop(text.Trim());

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
        var sentence = SentenceSplitter.TrimForStop(buffer[..length].Trim());
        output.Append(sentence);
        if (SentenceSplitter.NeedsStop(sentence))
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
