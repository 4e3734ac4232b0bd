using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CchcPublisher.Channels.Website;

namespace CchcPublisher.UnitTests.Channels.Website;

public sealed class ArticleHtmlRendererTests
{
    private static readonly ArticleHtmlRenderer Renderer = new();

    public static TheoryData<string> Hostile => new()
    {
        "[bấm vào đây](javascript:alert(1))",
        "[bấm](JaVaScRiPt:alert(1))",
        "[bấm](  javascript:alert(1))",
        "[bấm](java&#x09;script:alert(1))",
        "[bấm](&#106;avascript:alert(1))",
        "[bấm](vbscript:msgbox(1))",
        "[bấm](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<javascript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "[bấm][1]\n\n[1]: javascript:alert(1)",
        "[bấm][xấu]\n\n[xấu]: <javascript:alert(1)> \"tiêu đề\"",
        "![ảnh](javascript:alert(1))",
        "![ảnh](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "<script>alert(1)</script>",
        "Đoạn văn <script>alert(1)</script> giữa dòng.",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">x</a>",
        "<div onmouseover=\"alert(1)\">rê chuột</div>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg onload=alert(1)>",
        "```html\n<script>alert(1)</script>\n```",
        "[x](https://example.com \"\\\" onmouseover=\\\"alert(1)\")",
        "| a | b |\n|:--|--:|\n| <script>x</script> | [l](javascript:alert(1)) |",
        "[bấm](javascript&colon;alert(1))",
        "[bấm](\u0001javascript:alert(1))",
        "[bấm](<java\tscript:alert(1)>)",
        "[bấm](file:///etc/passwd)",
        "![ảnh](vbscript:msgbox(1))",
        "<data:text/html,<script>alert(1)</script>>",
        "[**đậm** bấm](javascript:alert(1))",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Render_HostileMarkdown_NoScriptHandlerOrDangerousUrl(string markdown)
    {
        var html = Renderer.Render(markdown);
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        var elements = document.Body!.Descendants<IElement>().ToList();

        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "iframe" or "svg" or "object" or "embed" or "style");
        Assert.DoesNotContain(elements, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        foreach (var url in elements.SelectMany(e => e.Attributes).Where(a => a.Name is "href" or "src").Select(a => a.Value.Trim()))
        {
            Assert.True(IsSafeUrl(url), $"unsafe URL '{url}' in {html}");
        }
    }

    [Fact]
    public void Render_RawScript_ShownAsText()
    {
        var html = Renderer.Render("Đoạn văn <script>alert(1)</script> giữa dòng.");

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_JavascriptLink_KeepsTextDropsHref()
    {
        var html = Renderer.Render("[bấm vào đây](javascript:alert(1))");

        Assert.Contains("bấm vào đây", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_JavascriptLinkWithFormatting_KeepsFormattedTextWithoutLink() =>
        Assert.Equal("<p><strong>đậm</strong> bấm</p>", Renderer.Render("[**đậm** bấm](javascript:alert(1))"));

    [Fact]
    public void Render_ImageWithForbiddenAddress_IsDropped() =>
        Assert.Equal("<p>Trước  sau</p>", Renderer.Render("Trước ![ảnh](data:image/svg+xml;base64,PHN2Zz4=) sau"));

    [Fact]
    public void Render_InternalLink_HasNoRel() =>
        Assert.DoesNotContain("rel=", Renderer.Render("[bài khác](../bai-viet/khac.html)"), StringComparison.Ordinal);

    [Theory]
    [InlineData("<motcua@hoaan.gov.vn>", "href=\"mailto:motcua@hoaan.gov.vn\"")]
    [InlineData("[Cổng DVC](https://dichvucong.gov.vn)", "href=\"https://dichvucong.gov.vn\"")]
    [InlineData("<https://dichvucong.gov.vn/p/home>", "href=\"https://dichvucong.gov.vn/p/home\"")]
    [InlineData("Xem www.dichvucong.gov.vn nhé", "href=\"http://www.dichvucong.gov.vn\"")]
    [InlineData("[thư](mailto:motcua@hoaan.gov.vn)", "href=\"mailto:motcua@hoaan.gov.vn\"")]
    [InlineData("[gọi](tel:02343123456)", "href=\"tel:02343123456\"")]
    [InlineData("[Mẫu đơn][m]\n\n[m]: https://hoaan.gov.vn/mau.docx", "href=\"https://hoaan.gov.vn/mau.docx\"")]
    [InlineData("[bài khác](../bai-viet/khac.html)", "href=\"../bai-viet/khac.html\"")]
    [InlineData("![Bộ phận một cửa](anh/mot-cua.jpg)", "src=\"anh/mot-cua.jpg\"")]
    public void Render_SafeLinks_Kept(string markdown, string expected) =>
        Assert.Contains(expected, Renderer.Render(markdown), StringComparison.Ordinal);

    [Fact]
    public void Render_ExternalLink_GetsNoopener() =>
        Assert.Contains("rel=\"noopener noreferrer\"", Renderer.Render("[DVC](https://dichvucong.gov.vn)"), StringComparison.Ordinal);

    [Fact]
    public void Render_CommonMarkdown_KeepsStructure()
    {
        var html = Renderer.Render("## Các bước\n\n1. **Đăng nhập** cổng\n2. *Nộp* hồ sơ\n\n> Lưu ý\n\n| Bước | Thời gian |\n|:--|--:|\n| 1 | 5 phút |\n\n~~cũ~~");

        Assert.Contains("<h2>Các bước</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<ol>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Đăng nhập</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("style=\"text-align: right", html, StringComparison.Ordinal);
        Assert.Contains("<del>cũ</del>", html, StringComparison.Ordinal);
    }

    private static bool IsSafeUrl(string url)
    {
        if (url.Length == 0)
        {
            return true;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || url.StartsWith('/') || url.StartsWith('.'))
        {
            // Relative: must not smuggle a scheme.
            return !url.Contains(':', StringComparison.Ordinal);
        }

        return uri.Scheme is "http" or "https" or "mailto" or "tel";
    }
}
