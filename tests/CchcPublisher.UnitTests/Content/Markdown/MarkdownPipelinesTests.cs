using System.Text;
using CchcPublisher.Content.Markdown;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CchcPublisher.UnitTests.Content.Markdown;

/// <summary>
/// <see cref="MarkdownPipelines.Parse"/> parses without the autolink parser unless a text could hold a bare web address;
/// the document must be the one Markdig gives with <see cref="MarkdownPipelines.Default"/>, to the last position.
/// </summary>
public sealed class MarkdownPipelinesTests
{
    [Theory]
    [InlineData("Xem https://dichvucong.gov.vn để nộp hồ sơ.", true)]
    [InlineData("Trang www.hoaan.gov.vn và WWW.HUE.GOV.VN.", true)]
    [InlineData("Thư gửi mailto:vanhoa@hoaan.gov.vn hoặc ftp://tep.hoaan.gov.vn/a.", true)]
    [InlineData("(http://a.vn) *http://b.vn* ~~http://c.vn~~", true)]
    [InlineData("Đường dây nóng [0234 3123 456](tel:02343123456) hoặc tel:02343123456.", true)]
    [InlineData("Xem [Cổng Dịch vụ công](https://dichvucong.gov.vn) hoặc `http://a.vn`.", false)]
    [InlineData("Địa chỉ http\\://a.vn viết tay; nhà hàng http:// trống.", false)]
    [InlineData("Họp mặt, hướng dẫn, thủ tục hành chính mức 2.", false)]
    [InlineData("Thời gian: 7 giờ.\nĐịa điểm: hội trường\n---\n\n| Thôn | Số hồ sơ |\n|---|---:|\n| An Bình | 12 |", false)]
    public void Parse_GivesDefaultsDocument(string markdown, bool hasAutoLink)
    {
        var document = MarkdownPipelines.Parse(markdown);

        Assert.Equal(Describe(Markdig.Markdown.Parse(markdown, MarkdownPipelines.Default)), Describe(document));
        Assert.Equal(hasAutoLink, document.Descendants<LinkInline>().Any(link => link.IsAutoLink));
    }

    [Fact]
    public void Parse_GeneratedTexts_SameDocumentAsDefault()
    {
        string[] pieces =
        [
            "thủ tục", "hành chính", "mức", "www", "www.", "Www.hoaan.gov.vn", "http://", "https://a.vn/b?c=d",
            "HTTP://A.VN", "ftp://f.vn", "mailto:", "mailto:a@b.vn", "mailto:@b.vn", "MAILTO:x@y.vn", "tel:", "tel:0234", "(tel:0912)", "://", "lto:",
            "İ", "*", "**", "_", "~~", "^", "(", ")", "[", "](", "]", "`", "\\", "|", "<", ">", "&amp;", " ", " ", " ",
            "\n", "\n\n", "\n- ", "\n# ", "\n> ", "\n| a | b |\n|---|---|\n| ", "\n---\n", "\n-- :\n", "\n:", ":", "-", ".", ",", "!", "h", "m", "f", "w",
        ];
        var random = new Random(20261205);
        var text = new StringBuilder();
        var autoLinks = 0;
        var withBar = 0;
        for (var n = 0; n < 20_000; n++)
        {
            text.Clear();
            var count = random.Next(1, 24);
            for (var k = 0; k < count; k++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var markdown = text.ToString();
            var expected = Markdig.Markdown.Parse(markdown, MarkdownPipelines.Default);
            var actual = MarkdownPipelines.Parse(markdown);
            Assert.True(Describe(expected) == Describe(actual), markdown);
            autoLinks += expected.Descendants<LinkInline>().Any(link => link.IsAutoLink) ? 1 : 0;
            withBar += markdown.Contains('|', StringComparison.Ordinal) ? 1 : 0;
        }

        // The generator reaches every road: texts with a bare address and without, with a '|' and without.
        Assert.InRange(autoLinks, 1_000, 19_000);
        Assert.InRange(withBar, 1_000, 19_000);
    }

    /// <summary>Every block and inline with its type, place and content, then the HTML.</summary>
    private static string Describe(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var node in document.Descendants())
        {
            text.Append(node.GetType().Name).Append(' ').Append(node.Span.Start).Append('-').Append(node.Span.End)
                .Append(' ').Append(node.Line).Append(':').Append(node.Column);
            switch (node)
            {
                case LiteralInline literal:
                    text.Append(" \"").Append(literal.Content.ToString()).Append('"');
                    break;
                case LinkInline link:
                    text.Append(' ').Append(link.Url).Append(' ').Append(link.IsAutoLink).Append(' ').Append(link.IsImage);
                    break;
                case CodeInline code:
                    text.Append(" `").Append(code.Content).Append('`');
                    break;
                case EmphasisInline emphasis:
                    text.Append(' ').Append(emphasis.DelimiterChar).Append(emphasis.DelimiterCount);
                    break;
            }

            text.Append('\n');
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelines.Default.Setup(renderer);
        renderer.Render(document);
        return text.Append(writer).ToString();
    }
}
