using System.Security.Cryptography;
using System.Text;
using CchcPublisher.Channels;
using CchcPublisher.Content.Articles;
using static CchcPublisher.UnitTests.Content.ContentTestFactory;

namespace CchcPublisher.UnitTests.Content;

public sealed class ArticleParserTests
{
    [Fact]
    public void Parse_AllFields_ReturnsArticle()
    {
        using var folder = new TempContentFolder();
        folder.WriteBytes("articles/2026/anh-bia.png", [0x89, 0x50, 0x4E, 0x47]);
        var text = """
            ---
            title: Hướng dẫn nộp hồ sơ trực tuyến
            categories: [thu-tuc-hanh-chinh, dich-vu-cong-truc-tuyen]
            publish_at: 2026-12-07 07:30
            channels: [website, radio]
            summary: Các bước nộp hồ sơ trên Cổng Dịch vụ công quốc gia.
            author: Văn phòng HĐND và UBND xã
            cover: anh-bia.png
            plan_task: NV03
            unit: Đoàn  Thanh niên xã
            status: draft
            id: 2026/huong-dan-dvc
            ---
            # Bước 1

            Đăng nhập bằng VNeID.

            """;

        var result = Parse(text, root: folder.Root);

        Assert.Empty(result.Diagnostics);
        var article = Assert.IsType<Article>(result.Article);
        Assert.Equal("2026/huong-dan-dvc", article.Id);
        Assert.Equal("Hướng dẫn nộp hồ sơ trực tuyến", article.Title);
        Assert.Equal(["thu-tuc-hanh-chinh", "dich-vu-cong-truc-tuyen"], article.Categories);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 7, 30, 0, TimeSpan.FromHours(7)), article.PublishAt);
        Assert.Equal([ChannelNames.Website, ChannelNames.Radio], article.Channels);
        Assert.True(article.ChannelsExplicit);
        Assert.Equal("Các bước nộp hồ sơ trên Cổng Dịch vụ công quốc gia.", article.Summary);
        Assert.Equal("Văn phòng HĐND và UBND xã", article.Author);
        Assert.Equal(Path.Combine(folder.ArticlesRoot, "2026", "anh-bia.png"), article.CoverPath);
        Assert.Equal("NV03", article.PlanTask);
        Assert.Equal("Đoàn Thanh niên xã", article.Unit);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal("# Bước 1\n\nĐăng nhập bằng VNeID.\n", article.Body);
        Assert.Equal(14, article.BodyLine);
        Assert.Equal("huong-dan-nop-ho-so-truc-tuyen", article.Slug);
        Assert.Equal("articles/2026/bai-viet.md", article.RelativePath);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), article.ContentHash);
    }

    [Fact]
    public void Parse_MinimalFrontMatter_AppliesDefaults()
    {
        var result = Parse(ValidFrontMatter + "Nội dung.\n");

        var article = Assert.IsType<Article>(result.Article);
        Assert.Equal("2026/bai-viet", article.Id);
        Assert.Null(article.PublishAt);
        Assert.Equal(ChannelNames.All, article.Channels);
        Assert.False(article.ChannelsExplicit);
        Assert.Equal(ArticleStatus.Ready, article.Status);
        Assert.Null(article.Summary);
        Assert.Null(article.CoverPath);
        Assert.Null(article.PlanTask);
        Assert.Equal(5, article.BodyLine);
    }

    [Fact]
    public void Parse_ConfiguredDefaultChannels_UsedWhenChannelsAbsent()
    {
        var parser = Parser("Asia/Ho_Chi_Minh", ChannelNames.Website, ChannelNames.Zalo);

        var article = Parse(ValidFrontMatter + "Nội dung.\n", parser).Article!;

        Assert.Equal([ChannelNames.Website, ChannelNames.Zalo], article.Channels);
        Assert.False(article.ChannelsExplicit);
    }

    [Theory]
    [InlineData("categories: cong-vu", new[] { "cong-vu" })]
    [InlineData("categories: the-che, cong-vu", new[] { "the-che", "cong-vu" })]
    [InlineData("categories:\n  - the-che\n  - Cong-Vu", new[] { "the-che", "cong-vu" })]
    public void Parse_CategoryForms_AllAccepted(string line, string[] expected)
    {
        var article = Parse($"---\ntitle: Tiêu đề\n{line}\n---\nNội dung.\n").Article;

        Assert.NotNull(article);
        Assert.Equal(expected, article.Categories);
    }

    [Fact]
    public void Parse_ChannelsAsSingleValue_Accepted()
    {
        var article = Parse("---\ntitle: T\ncategories: cong-vu\nchannels: Zalo\n---\nNội dung.\n").Article!;

        Assert.Equal([ChannelNames.Zalo], article.Channels);
        Assert.True(article.ChannelsExplicit);
    }

    [Fact]
    public void Parse_KeysInUpperCase_MatchedCaseInsensitively()
    {
        var result = Parse("---\nTitle: Tiêu đề\nCategories: cong-vu\n---\nNội dung.\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Tiêu đề", result.Article!.Title);
    }

    [Fact]
    public void Parse_TitleOnSeveralLines_CollapsedToOneLine()
    {
        var article = Parse("---\ntitle: >\n  Hướng dẫn\n  nộp hồ sơ\ncategories: cong-vu\n---\nNội dung.\n").Article!;

        Assert.Equal("Hướng dẫn nộp hồ sơ", article.Title);
    }

    [Fact]
    public void Parse_DuplicateCategory_WarnsAndKeepsOnce()
    {
        var result = Parse("---\ntitle: T\ncategories: [cong-vu, cong-vu]\n---\nNội dung.\n");

        Assert.Equal(["cong-vu"], result.Article!.Categories);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("CCHC124", 3, 23), (warning.Code, warning.Line, warning.Column));
        Assert.False(warning.IsError);
    }

    [Fact]
    public void Parse_TitleWithoutLetters_SlugFallsBackToId()
    {
        var article = Parse("---\ntitle: \"!!!\"\ncategories: cong-vu\n---\nNội dung.\n").Article!;

        Assert.Equal("bai-viet", article.Slug);
    }

    [Fact]
    public void Parse_EmptyOptionalValues_TreatedAsAbsent()
    {
        var result = Parse("---\ntitle: T\ncategories: cong-vu\npublish_at:\nchannels:\nsummary: ''\ncover:\nid:\n---\nNội dung.\n");

        Assert.Empty(result.Diagnostics);
        var article = result.Article!;
        Assert.Null(article.PublishAt);
        Assert.False(article.ChannelsExplicit);
        Assert.Null(article.Summary);
        Assert.Equal("2026/bai-viet", article.Id);
    }

    [Fact]
    public void Parse_SameTextTwice_SameHash()
    {
        var first = Parse(ValidFrontMatter + "Nội dung.\n").Article!;
        var second = Parse(ValidFrontMatter + "Nội dung.\n").Article!;
        var edited = Parse(ValidFrontMatter + "Nội dung đã sửa.\n").Article!;

        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.NotEqual(first.ContentHash, edited.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", first.ContentHash);
    }
}
