using System.Text.Json;
using CchcPublisher.Channels.Http;
using CchcPublisher.Channels.Zalo;
using CchcPublisher.Hosting;
using CchcPublisher.UnitTests.Channels.Http;
using Microsoft.Extensions.Options;

namespace CchcPublisher.UnitTests.Channels.Zalo;

public sealed class ZaloArticleRendererTests
{
    private static ZaloArticleRenderer Renderer(ZaloOptions? options = null) =>
        new(Options.Create(options ?? new ZaloOptions()), Options.Create(new CommuneOptions()));

    [Fact]
    public void Render_RichMarkdown_MatchesGoldenBlocks()
    {
        var article = SocialTestArticles.Create(body: Golden.Input("rich.md"), coverPath: "/content/articles/2026/bia.jpg");

        var rendered = Renderer().Render(article);

        Golden.AssertMatches("rich.zalo.json", JsonSerializer.Serialize(rendered.Body, JsonDefaults.File) + "\n");
    }

    [Fact]
    public void Render_RawHtmlInMarkdown_IsEscapedNeverMarkup()
    {
        var article = SocialTestArticles.Create(body: "Xin <script>alert(1)</script> <img src=x onerror=alert(1)> chào");

        var html = string.Concat(Renderer().Render(article).Body.Select(b => b.Content));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ImageBetweenParagraphs_SplitsIntoTextImageText()
    {
        var article = SocialTestArticles.Create(body: "Trước ảnh.\n\n![Hội nghị](<https://cdn.example.vn/hoi nghi.jpg>)\n\nSau ảnh.");

        var body = Renderer().Render(article).Body;

        Assert.Collection(
            body,
            b => Assert.Equal(ZaloBodyBlock.Text("<p>Trước ảnh.</p>"), b),
            b => Assert.Equal(new ZaloBodyBlock("image", Url: "https://cdn.example.vn/hoi%20nghi.jpg", Caption: "Hội nghị"), b),
            b => Assert.Equal(ZaloBodyBlock.Text("<p>Sau ảnh.</p>"), b));
    }

    [Fact]
    public void Render_JavascriptLink_ShowsTextOnly()
    {
        var article = SocialTestArticles.Create(body: "Bấm [vào đây](javascript:alert(1)) nhé.");

        var html = Renderer().Render(article).Body.Single().Content;

        Assert.Equal("<p>Bấm vào đây nhé.</p>", html);
    }

    [Fact]
    public void Render_LongTitleAuthorSummary_StayWithinZaloLimits()
    {
        var words = string.Join(' ', Enumerable.Repeat("cải cách thủ tục hành chính", 40));
        var article = SocialTestArticles.Create(title: words, author: words, summary: words);

        var rendered = Renderer().Render(article);

        Assert.InRange(rendered.Title.Length, 100, ZaloArticleRenderer.MaxTitle);
        Assert.InRange(rendered.Author.Length, 30, ZaloArticleRenderer.MaxAuthor);
        Assert.InRange(rendered.Description.Length, 250, ZaloArticleRenderer.MaxDescription);
        Assert.EndsWith("…", rendered.Title, StringComparison.Ordinal);
        Assert.EndsWith("…", rendered.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoSummary_DescriptionIsFirstParagraphAsPlainText()
    {
        var article = SocialTestArticles.Create(body: "## Tiêu đề phụ\n\nUBND xã **Hòa An** thông báo\nlịch [tiếp dân](https://a.vn).\n\nĐoạn hai.");

        Assert.Equal("UBND xã Hòa An thông báo lịch tiếp dân (https://a.vn).", Renderer().Render(article).Description);
    }

    [Fact]
    public void Render_NoAuthor_UsesConfiguredThenCommuneName()
    {
        Assert.Equal("UBND xã Hòa An", Renderer().Render(SocialTestArticles.Create()).Author);
        Assert.Equal("Văn phòng UBND", Renderer(new ZaloOptions { Author = "Văn phòng UBND" }).Render(SocialTestArticles.Create()).Author);
        Assert.Equal("Nguyễn Văn A", Renderer().Render(SocialTestArticles.Create(author: "Nguyễn Văn A")).Author);
    }

    [Fact]
    public void Render_Cover_IsTheWebsiteCopyNamedAfterTheSlug()
    {
        // The website copies the cover beside the page as <slug>.<ext>, whatever the file was called.
        var rendered = Renderer().Render(SocialTestArticles.Create(coverPath: "/content/articles/2026/ảnh bìa.JPG"));

        Assert.Equal("https://hoaan.example.gov.vn/bai-viet/huong-dan-nop-ho-so-truc-tuyen.jpg", rendered.CoverUrl?.AbsoluteUri);
        Assert.Empty(rendered.Problems);
    }

    [Fact]
    public void Render_CoverWithMediaBaseUrl_UsesIt()
    {
        var rendered = Renderer(new ZaloOptions { MediaBaseUrl = "https://cdn.hoaan.vn/media" })
            .Render(SocialTestArticles.Create(coverPath: "/c/bia.png"));

        Assert.Equal("https://cdn.hoaan.vn/media/huong-dan-nop-ho-so-truc-tuyen.png", rendered.CoverUrl?.AbsoluteUri);
    }

    [Fact]
    public void Render_NoCoverNoDefault_ReportsProblemInVietnamese()
    {
        var rendered = Renderer().Render(SocialTestArticles.Create());

        Assert.Null(rendered.CoverUrl);
        Assert.Contains(rendered.Problems, p => p.Contains("ảnh bìa", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_NoCoverWithDefault_UsesDefault()
    {
        var rendered = Renderer(new ZaloOptions { DefaultCoverUrl = "https://hoaan.example.gov.vn/banner.jpg" }).Render(SocialTestArticles.Create());

        Assert.Equal("https://hoaan.example.gov.vn/banner.jpg", rendered.CoverUrl?.AbsoluteUri);
        Assert.Empty(rendered.Problems);
    }
}
