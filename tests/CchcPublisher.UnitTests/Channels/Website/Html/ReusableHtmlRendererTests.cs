using System.Globalization;
using CchcPublisher.Channels.Website.Html;
using CchcPublisher.Content.Markdown;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace CchcPublisher.UnitTests.Channels.Website.Html;

public sealed class ReusableHtmlRendererTests
{
    private static readonly string[] Bodies =
    [
        "Đoạn **đậm** và *nghiêng*.\n\n## Tiêu đề\n\n- một\n- hai\n  - lồng `mã`\n",
        "1. Bước một\n\n2. Bước hai (danh sách thưa)\n\n> Trích dẫn <b> & \"ngoặc\"\n> > lồng\n",
        "| Cột | Giá trị |\n|:--|--:|\n| a & b | [liên kết](https://dichvucong.gov.vn) |\n",
        "![ảnh **đậm**](anh.png \"tựa\") và ![xấu](javascript:alert(1)) <https://a.gov.vn/?x=1&y=2>\n",
        "```\nmã\n```\n\n    thụt lề\n\n---\n\n~~gạch~~ ==đánh dấu== x^2^ H~2~O\n",
        "   \n\n",
        "Dòng một  \nDòng hai\\\nDòng ba\n\n* [ ] việc\n* [x] xong\n\n[tham chiếu][1]\n\n[1]: https://hoaan.gov.vn \"t\"\n",
        "",
    ];

    [Fact]
    public void RenderTrimmed_OneDocumentAfterAnother_WritesWhatANewRendererWrites()
    {
        var renderer = new ReusableHtmlRenderer(MarkdownPipelines.Default);
        var random = new Random(3);
        for (var k = 0; k < 200; k++)
        {
            var body = Bodies[random.Next(Bodies.Length)];
            var document = Markdig.Markdown.Parse(body, MarkdownPipelines.Default);
            Assert.Equal(Fresh(document), renderer.RenderTrimmed(document));
        }
    }

    // The website's renderer as it was built for every document before it was kept.
    private static string Fresh(Markdig.Syntax.MarkdownDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelines.Default.Setup(renderer);
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new SafeLinkInlineRenderer());
        renderer.ObjectRenderers.Replace<AutolinkInlineRenderer>(new SafeAutolinkInlineRenderer());
        renderer.LinkRewriter = url => SafeUrl.IsAllowed(url) ? url : string.Empty;
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().Trim();
    }
}
