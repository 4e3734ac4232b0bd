namespace CchcPublisher.UnitTests.Channels.Website;

/// <summary>
/// Golden file: a whole rendered article page, byte for byte. The clock is fake, so the page is stable. When
/// the layout changes on purpose, the actual output is written next to the expected file in the test output
/// folder (<c>*.actual.html</c>): review it and copy it over the expected file in TestData.
/// </summary>
public sealed class StaticWebsiteGoldenTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "Channels", "Website");

    [Theory]
    [InlineData("article-page")]
    public async Task PublishAsync_GoldenArticle_PageMatchesExpected(string name)
    {
        using var site = new WebsiteTestSite();
        var body = (await File.ReadAllTextAsync(Path.Combine(Folder, name + ".md"), TestContext.Current.CancellationToken)).ReplaceLineEndings("\n");
        var article = WebsiteTestSite.Article(
            "2026/huong-dan-dvc",
            "Hướng dẫn nộp hồ sơ trực tuyến",
            "huong-dan-nop-ho-so-truc-tuyen",
            categories: ["dich-vu-cong-truc-tuyen", "thu-tuc-hanh-chinh"],
            body: body,
            summary: "Các bước nộp hồ sơ trên Cổng Dịch vụ công quốc gia, \"không cần\" đến trụ sở.",
            author: "Văn phòng HĐND & UBND xã");

        await site.PublishAsync(article);

        var actual = site.Read("bai-viet/huong-dan-nop-ho-so-truc-tuyen.html");
        var expectedPath = Path.Combine(Folder, name + ".expected.html");
        var expected = File.Exists(expectedPath)
            ? (await File.ReadAllTextAsync(expectedPath, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n")
            : null;
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            await File.WriteAllTextAsync(Path.Combine(Folder, name + ".actual.html"), actual, TestContext.Current.CancellationToken);
        }

        Assert.Equal(expected, actual);
    }
}
