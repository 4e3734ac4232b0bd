using System.Text;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Content.Markdown;
using Markdig.Syntax;

namespace CchcPublisher.UnitTests.Content.Markdown;

/// <summary>
/// The scan that spares the parser a second Markdig parse: it clears ordinary bodies, never clears one Markdig
/// refuses to parse or render, and the article parser rejects exactly what Markdig refuses, at Markdig's real limits.
/// </summary>
public sealed class MarkdownNestingTests
{
    private const string Typical = """
        # Hướng dẫn nộp hồ sơ trực tuyến

        Từ ngày 01/12/2026, UBND xã tiếp nhận hồ sơ qua **Cổng Dịch vụ công quốc gia** (https://dichvucong.gov.vn).

        ## Các bước

        1. Đăng nhập bằng tài khoản VNeID.
        2. Chọn thủ tục:
           - cấp bản sao từ sổ gốc;
           - chứng thực chữ ký.
             > Lưu ý: mang bản chính khi nhận kết quả.
        3. Nộp lệ phí.

        a) Trường hợp ủy quyền;
        ii. trường hợp khác.

        | Thủ tục | Thời hạn | Lệ phí |
        | --- | --- | ---: |
        | Chứng thực | 1 ngày | 10.000 đồng |
        | Hộ tịch | 3 ngày | miễn phí |

        > Mọi thắc mắc xin liên hệ bộ phận một cửa, số điện thoại 0236 3812 345.

            Đoạn dán vào có thụt lề.

        ---
        """;

    [Fact]
    public void IsShallow_TypicalBody_ClearedWithoutAParse()
    {
        Assert.True(MarkdownNesting.IsShallow(Typical));
        Assert.True(MarkdownNesting.CanRender(Typical));
    }

    [Theory]
    [InlineData("Ban hành quyết định", 0)]
    [InlineData("1.2.3 Quy định chung", 0)]
    [InlineData("- mục", 2)]
    [InlineData("-", 1)]
    [InlineData("-mục", 0)]
    [InlineData("  12) mục", 6)]
    [InlineData("> > - a. iv) mục", 13)]
    [InlineData("\t> mục", 6)]
    [InlineData("*in đậm*", 0)]
    public void PrefixColumns_CountsWhiteSpaceQuotesAndListMarkers(string line, int columns) =>
        Assert.Equal(columns, MarkdownNesting.PrefixColumns(line));

    [Fact]
    public void MarkdigLimit_IsWhereTheParserSaysItIs()
    {
        // Pins the limit this code was written against: a quote 127 deep parses, 128 deep is refused.
        Assert.Equal(128, MarkdownPipelines.Default.MaximumNestingDepth);
        Assert.True(MarkdigParses(Quotes(127)));
        Assert.False(MarkdigParses(Quotes(128)));
        Assert.True(MarkdigParses(IndentedList(63)));
        Assert.False(MarkdigParses(IndentedList(64)));
        Assert.True((2 * MarkdownNesting.MaxPrefixColumns) + 4 < MarkdownPipelines.Default.MaximumNestingDepth);
    }

    [Theory]
    [InlineData(127, true)]
    [InlineData(128, false)]
    [InlineData(300, false)]
    public void CanRender_DeepQuotes_AgreesWithMarkdig(int depth, bool parses)
    {
        Assert.False(MarkdownNesting.IsShallow(Quotes(depth)));
        Assert.Equal(parses, MarkdownNesting.CanRender(Quotes(depth)));
    }

    [Theory]
    [InlineData(63, true)]
    [InlineData(64, false)]
    public void CanRender_DeepLists_AgreesWithMarkdig(int levels, bool parses) =>
        Assert.Equal(parses, MarkdownNesting.CanRender(IndentedList(levels)));

    [Fact]
    public void IsShallow_AtTheScanBoundary_ClearsUpToMaxPrefixColumns()
    {
        var max = MarkdownNesting.MaxPrefixColumns;
        // A quote marker a column, and the space after the last one.
        Assert.True(MarkdownNesting.IsShallow(Quotes(max - 1)));
        Assert.False(MarkdownNesting.IsShallow(Quotes(max)));
        Assert.True(MarkdownNesting.CanRender(Quotes(max)));

        // Two columns a level: the deepest line of 16 levels has a 32-column prefix.
        Assert.True(MarkdownNesting.IsShallow(IndentedList(max / 2)));
        Assert.False(MarkdownNesting.IsShallow(IndentedList((max / 2) + 1)));
    }

    [Fact]
    public void IsShallow_LongRunOfNonBlankLines_LeftToMarkdig()
    {
        var line = new string('a', 99) + "\n";
        var longParagraph = string.Concat(Enumerable.Repeat(line, MarkdownNesting.MaxInlineRun / 100 + 1));
        var paragraphs = string.Join("\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat(line, 40)), 10));

        Assert.False(MarkdownNesting.IsShallow(longParagraph));
        Assert.True(MarkdownNesting.CanRender(longParagraph));
        Assert.True(MarkdownNesting.IsShallow(paragraphs));
    }

    [Theory]
    [InlineData(120, 0, true)]
    [InlineData(120, 10, false)]
    [InlineData(100, 40, false)]
    [InlineData(20, 100, true)]
    public void CanRender_BlocksAndInlinesTogether_AgreesWithMarkdigsRenderer(int quotes, int emphases, bool renders)
    {
        var text = Emphasized(quotes, emphases);

        Assert.True(MarkdigParses(text));
        Assert.Equal(renders, MarkdigRenders(text));
        Assert.Equal(renders, MarkdownNesting.CanRender(text));
    }

    [Fact]
    public void IsShallow_InlineOpenersAtTheScanBoundary_LeftToMarkdigAbove()
    {
        var max = MarkdownNesting.MaxInlineOpeners;
        var paragraph = "Đoạn " + string.Concat(Enumerable.Repeat("**đậm** ", (max / 4) - 1)) + "\ndòng sau [liên kết](x) _a_.\n";
        var at = paragraph + "\n" + new string('*', max) + "\n";
        var over = paragraph.Replace(" _a_", " _a_ *b*", StringComparison.Ordinal);

        Assert.True(MarkdownNesting.IsShallow(at));
        Assert.False(MarkdownNesting.IsShallow(over));
        Assert.True(MarkdownNesting.CanRender(over));
    }

    [Fact]
    public void CanRender_InlineNestingBeyondMarkdigsLimit_IsRefused()
    {
        var brackets = new string('[', 11 * 1024) + "a";

        Assert.False(MarkdigParses(brackets));
        Assert.False(MarkdownNesting.CanRender(brackets));
    }

    [Fact]
    public void IsShallow_RandomNesting_ClearsOnlyBodiesWithinTheBound()
    {
        // Soundness of the reasoning in MarkdownNesting's remarks, checked on Markdig itself: whenever the scan clears
        // a body, Markdig parses and renders it and no container is deeper than 2 × the widest prefix + 4.
        var random = new Random(17);
        string[] openers = ["> ", "- ", "* ", "+ ", "1. ", "2) ", "a. ", "B) ", "iv. ", "-", ">", "\t", "  ", " ", "- - ", "> 1. "];
        var cleared = 0;
        for (var n = 0; n < 800; n++)
        {
            var body = new StringBuilder();
            var lines = random.Next(1, 12);
            for (var l = 0; l < lines; l++)
            {
                var parts = random.Next(0, random.Next(1, 40));
                for (var p = 0; p < parts; p++)
                {
                    body.Append(openers[random.Next(openers.Length)]);
                }

                body.Append(random.Next(4) switch { 0 => string.Empty, 1 => "mục", 2 => "| a | b |", _ => "*đậm* [liên kết](x)" });
                var nested = random.Next(0, random.Next(1, 16));
                body.Append(string.Concat(Enumerable.Range(0, nested).Select(k => k % 3 == 0 ? "*" : k % 3 == 1 ? "_" : "["))).Append('x')
                    .Append(string.Concat(Enumerable.Range(0, nested).Reverse().Select(k => k % 3 == 0 ? "*" : k % 3 == 1 ? "_" : "](y)")));
                body.Append(random.Next(5) == 0 ? "\n\n" : "\n");
            }

            var text = body.ToString();
            if (!MarkdownNesting.IsShallow(text))
            {
                continue;
            }

            cleared++;
            var widest = text.Split('\n').Max(line => MarkdownNesting.PrefixColumns(line));
            var document = Markdig.Markdown.Parse(text, MarkdownPipelines.Default);
            Assert.True(MaxContainerDepth(document, 0) <= (2 * widest) + 4, text);
            Assert.True(MarkdigRenders(text), text);
        }

        Assert.True(cleared > 100, $"only {cleared} bodies cleared");
    }

    [Fact]
    public void Pipeline_Extensions_AreTheOnesTheScanWasReasonedFor()
    {
        var names = MarkdownPipelines.Default.Extensions.Select(e => e.GetType().Name).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["AutoLinkExtension", "EmphasisExtraExtension", "ListExtraExtension", "PipeTableExtension", "YamlFrontMatterExtension"],
            names);
    }

    [Theory]
    [InlineData(127, null)]
    [InlineData(128, DiagnosticCodes.BodyUnrenderable)]
    public void ArticleParser_QuotesAtMarkdigsLimit_RejectedExactlyWhereMarkdigRefuses(int depth, string? code)
    {
        var result = ContentTestFactory.Parse(ContentTestFactory.ValidFrontMatter + "Mở đầu.\n\n" + Quotes(depth));

        Assert.Equal(code, result.Diagnostics.SingleOrDefault(d => d.IsError)?.Code);
        Assert.Equal(code is null, result.Article is not null);
    }

    [Fact]
    public void ArticleParser_NestingThatParsesButDoesNotRender_IsRejected()
    {
        var result = ContentTestFactory.Parse(ContentTestFactory.ValidFrontMatter + Emphasized(100, 40));

        Assert.Null(result.Article);
        Assert.Equal(DiagnosticCodes.BodyUnrenderable, Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    [Theory]
    [InlineData(63, null)]
    [InlineData(64, DiagnosticCodes.BodyUnrenderable)]
    public void ArticleParser_ListsAtMarkdigsLimit_RejectedExactlyWhereMarkdigRefuses(int levels, string? code)
    {
        var result = ContentTestFactory.Parse(ContentTestFactory.ValidFrontMatter + IndentedList(levels));

        Assert.Equal(code, result.Diagnostics.SingleOrDefault(d => d.IsError)?.Code);
        Assert.Equal(code is null, result.Article is not null);
    }

    private static string Quotes(int depth) => new string('>', depth) + " trích dẫn\n";

    private static string IndentedList(int levels) =>
        string.Concat(Enumerable.Range(0, levels).Select(i => new string(' ', i * 2) + "- mục\n"));

    private static string Emphasized(int quotes, int emphases) =>
        new string('>', quotes) + " " + string.Concat(Enumerable.Repeat("*a ", emphases)) + "x" + string.Concat(Enumerable.Repeat(" b*", emphases)) + "\n";

    private static bool MarkdigRenders(string text)
    {
        try
        {
            var renderer = new Markdig.Renderers.HtmlRenderer(TextWriter.Null);
            MarkdownPipelines.Default.Setup(renderer);
            renderer.Render(Markdig.Markdown.Parse(text, MarkdownPipelines.Default));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool MarkdigParses(string text)
    {
        try
        {
            Markdig.Markdown.Parse(text, MarkdownPipelines.Default);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int MaxContainerDepth(ContainerBlock container, int depth)
    {
        var max = depth;
        foreach (var child in container.OfType<ContainerBlock>())
        {
            max = Math.Max(max, MaxContainerDepth(child, depth + 1));
        }

        return max;
    }
}
