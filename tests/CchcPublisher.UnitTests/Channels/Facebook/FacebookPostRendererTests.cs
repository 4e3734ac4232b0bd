using System.Text.RegularExpressions;
using CchcPublisher.Channels;
using CchcPublisher.Channels.Facebook;
using CchcPublisher.Hosting;
using CchcPublisher.UnitTests.Channels.Http;
using Microsoft.Extensions.Options;

namespace CchcPublisher.UnitTests.Channels.Facebook;

public sealed partial class FacebookPostRendererTests
{
    private static readonly PublishResult WebsitePublished =
        PublishResult.Published("2026/huong-dan-dvc", "https://hoaan.example.gov.vn/bai-viet/huong-dan-nop-ho-so-truc-tuyen.html");

    private static FacebookPostRenderer Renderer(FacebookOptions? options = null) =>
        new(Options.Create(options ?? new FacebookOptions()), Options.Create(new CommuneOptions()), new TaxonomyCategoryHashtags());

    [Fact]
    public void PlainText_RichMarkdown_MatchesGolden() =>
        Golden.AssertMatches("rich.facebook.txt", FacebookPostRenderer.PlainText(Golden.Input("rich.md")) + "\n");

    [Fact]
    public void PlainText_RichMarkdown_LeavesNoMarkdownSyntax()
    {
        var text = FacebookPostRenderer.PlainText(Golden.Input("rich.md"));

        Assert.DoesNotMatch(MarkdownSyntax(), text);
    }

    [Fact]
    public void Render_WebsitePublishedFirst_FeedPostWithLink()
    {
        var post = Renderer().Render(SocialTestArticles.Context(SocialTestArticles.Create(coverPath: "/c/bia.jpg"), WebsitePublished));

        Assert.Equal(FacebookPostKind.Feed, post.Kind);
        Assert.Equal(WebsitePublished.Url, post.Link?.AbsoluteUri);
        Assert.Contains(FacebookPostRenderer.LinkLabel + WebsitePublished.Url, post.Message, StringComparison.Ordinal);
        Assert.Null(post.PhotoUrl);
    }

    [Fact]
    public void Render_WebsiteFailed_NoLinkInvented()
    {
        var failed = PublishResult.Failed("lỗi");

        var post = Renderer().Render(SocialTestArticles.Context(SocialTestArticles.Create(), failed));

        Assert.Null(post.Link);
        Assert.DoesNotContain("http", post.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CoverAndNoLink_PhotoPostWithCoverUrl()
    {
        var post = Renderer().Render(SocialTestArticles.Context(SocialTestArticles.Create(coverPath: "/c/bia.jpg")));

        Assert.Equal(FacebookPostKind.Photo, post.Kind);
        Assert.Equal("https://hoaan.example.gov.vn/bai-viet/huong-dan-nop-ho-so-truc-tuyen.jpg", post.PhotoUrl?.AbsoluteUri);
    }

    [Fact]
    public void Render_PreferPhotoPostWithLink_PhotoPostWithLinkInText()
    {
        var post = Renderer(new FacebookOptions { PreferPhotoPost = true })
            .Render(SocialTestArticles.Context(SocialTestArticles.Create(coverPath: "/c/bia.jpg"), WebsitePublished));

        Assert.Equal(FacebookPostKind.Photo, post.Kind);
        Assert.Contains(WebsitePublished.Url!, post.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Categories_HashtagsThenExtras_NoVisibleMarker()
    {
        var options = new FacebookOptions();
        options.ExtraHashtags.Add("XaHoaAn");
        var article = SocialTestArticles.Create(categories: ["thu-tuc-hanh-chinh", "ve-sinh-moi-truong"]);

        var post = Renderer(options).Render(SocialTestArticles.Context(article));

        var lastLine = post.Message.Split('\n')[^1];
        Assert.Equal("#ThuTucHanhChinh #VeSinhMoiTruong #XaHoaAn", lastLine);
        Assert.DoesNotContain("#cchc_", post.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TitleFirstThenBody()
    {
        var post = Renderer().Render(SocialTestArticles.Context(SocialTestArticles.Create(body: "**Nội dung** chính.")));

        Assert.StartsWith("Hướng dẫn nộp hồ sơ trực tuyến\n\nNội dung chính.\n\n#", post.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LongBody_TruncatedButTailKept()
    {
        var body = string.Join("\n\n", Enumerable.Repeat("Người dân được hướng dẫn nộp hồ sơ trực tuyến tại nhà.", 100));
        var post = Renderer(new FacebookOptions { MaxMessageLength = 600 })
            .Render(SocialTestArticles.Context(SocialTestArticles.Create(body: body), WebsitePublished));

        Assert.True(post.Message.Length <= 600, $"length {post.Message.Length}");
        Assert.Contains("…", post.Message, StringComparison.Ordinal);
        Assert.Matches(@"\n#ThuTucHanhChinh #\w+$", post.Message);
        Assert.Contains(WebsitePublished.Url!, post.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_IgnoresLineEndsAndOuterSpace_DiffersForOtherText()
    {
        Assert.Equal(FacebookPostRenderer.Fingerprint("Tiêu đề\n\nNội dung"), FacebookPostRenderer.Fingerprint(" Tiêu đề\r\n\r\nNội dung\n"));
        Assert.NotEqual(FacebookPostRenderer.Fingerprint("Tiêu đề\n\nNội dung"), FacebookPostRenderer.Fingerprint("Tiêu đề\n\nNội dung khác"));
    }

    [Fact]
    public void Marker_SameIdSameMarker_DifferentIdDifferentMarker()
    {
        Assert.Equal(FacebookPostRenderer.Marker("2026/a"), FacebookPostRenderer.Marker("2026/a"));
        Assert.NotEqual(FacebookPostRenderer.Marker("2026/a"), FacebookPostRenderer.Marker("2026/b"));
        Assert.Matches("^#cchc_[0-9a-f]{8}$", FacebookPostRenderer.Marker("2026/a"));
    }

    /// <summary>Markdown left in the text: emphasis markers, link/image brackets, ATX headings, quotes, code fences, table pipes.</summary>
    [GeneratedRegex(@"\*\*|__|\]\(|!\[|^#{1,6} |^> |```|`|^\|", RegexOptions.Multiline)]
    private static partial Regex MarkdownSyntax();
}
