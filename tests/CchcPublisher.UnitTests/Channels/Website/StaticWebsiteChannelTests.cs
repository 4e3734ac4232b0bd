using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using CchcPublisher.Channels;
using CchcPublisher.Channels.Website;
using CchcPublisher.Ledger;

namespace CchcPublisher.UnitTests.Channels.Website;

public sealed class StaticWebsiteChannelTests : IDisposable
{
    private readonly WebsiteTestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task PublishAsync_NewArticle_WritesPageAtSlugAndReturnsUrl()
    {
        var article = WebsiteTestSite.Article("2026/dvc", "Hướng dẫn nộp hồ sơ trực tuyến", "huong-dan-nop-ho-so-truc-tuyen");

        var result = await _site.PublishAsync(article);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal("huong-dan-nop-ho-so-truc-tuyen", result.RemoteId);
        Assert.Equal("https://hoaan.example.gov.vn/cchc/bai-viet/huong-dan-nop-ho-so-truc-tuyen.html", result.Url);
        var page = _site.Read("bai-viet/huong-dan-nop-ho-so-truc-tuyen.html");
        Assert.Contains("<h1>Hướng dẫn nộp hồ sơ trực tuyến</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"vi\">", page, StringComparison.Ordinal);
        Assert.Contains("<p>Nội dung bài viết.</p>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_DefaultFolder_IsSiteUnderData()
    {
        await _site.PublishAsync(WebsiteTestSite.Article("a", "Tiêu đề", "tieu-de"));

        Assert.True(File.Exists(Path.Combine(_site.Paths.DataRoot, "site", "bai-viet", "tieu-de.html")));
    }

    [Fact]
    public async Task PublishAsync_HostileMetadata_EscapedEverywhere()
    {
        var article = WebsiteTestSite.Article(
            "x", "Tiêu đề <script>alert(1)</script> & \"trích\"", "tieu-de",
            summary: "<img src=x onerror=alert(1)>", author: "<b>Ông A</b>",
            body: "[bấm](javascript:alert(1)) <script>alert(2)</script>");

        await _site.PublishAsync(article);

        foreach (var file in (string[])["bai-viet/tieu-de.html", "index.html", "chuyen-muc/thu-tuc-hanh-chinh.html"])
        {
            var html = _site.Read(file);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Tiêu đề &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;trích&quot;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PublishAsync_SlugTakenByAnotherArticle_FirstKeepsItLaterGetsSuffix()
    {
        var first = await _site.PublishAsync(WebsiteTestSite.Article("2026/a", "Thông báo", "thong-bao", body: "Bài A"));
        var second = await _site.PublishAsync(WebsiteTestSite.Article("2026/b", "Thông báo", "thong-bao", body: "Bài B"));
        var third = await _site.PublishAsync(WebsiteTestSite.Article("2026/c", "Thông báo", "thong-bao", body: "Bài C"));
        var firstAgain = await _site.PublishAsync(WebsiteTestSite.Article("2026/a", "Thông báo", "thong-bao", body: "Bài A sửa", hash: "h2"));

        Assert.Equal("thong-bao", first.RemoteId);
        Assert.Equal("thong-bao-2", second.RemoteId);
        Assert.Equal("thong-bao-3", third.RemoteId);
        Assert.Equal("thong-bao", firstAgain.RemoteId);
        Assert.Contains("Bài A sửa", _site.Read("bai-viet/thong-bao.html"), StringComparison.Ordinal);
        Assert.Contains("Bài B", _site.Read("bai-viet/thong-bao-2.html"), StringComparison.Ordinal);
        Assert.Contains("Bài C", _site.Read("bai-viet/thong-bao-3.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_UnsafeSlug_StaysInsideArticlesFolder()
    {
        var result = await _site.PublishAsync(WebsiteTestSite.Article("x", "Tiêu đề", "../../etc/Hỏng slug"));

        Assert.Equal("etc-h-ng-slug", result.RemoteId);
        Assert.True(_site.Exists("bai-viet/etc-h-ng-slug.html"));
    }

    [Fact]
    public async Task PublishAsync_EditedArticle_UpdatesSamePageInPlace()
    {
        var original = WebsiteTestSite.Article("2026/dvc", "Hướng dẫn cũ", "huong-dan-cu", body: "Bản đầu.", hash: "h1");
        var published = await _site.PublishAsync(original);
        _site.Time.Advance(TimeSpan.FromDays(1));

        // The title (and so the natural slug) changed: the address must not.
        var edited = original with { Title = "Hướng dẫn mới", Slug = "huong-dan-moi", Body = "Bản sửa.", ContentHash = "h2" };
        var result = await _site.PublishAsync(edited, Previous(published, "h1"));

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal(published.RemoteId, result.RemoteId);
        Assert.Equal(published.Url, result.Url);
        var page = _site.Read("bai-viet/huong-dan-cu.html");
        Assert.Contains("Bản sửa.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Bản đầu.", page, StringComparison.Ordinal);
        Assert.Contains("Đăng lúc <time datetime=\"2026-03-02T07:30:00+07:00\">02/03/2026 07:30</time>", page, StringComparison.Ordinal);
        Assert.Contains("Cập nhật lúc <time datetime=\"2026-03-03T07:30:00+07:00\">03/03/2026 07:30</time>", page, StringComparison.Ordinal);
        Assert.False(_site.Exists("bai-viet/huong-dan-moi.html"));
        Assert.Single(Manifest().GetProperty("articles").EnumerateArray());
    }

    [Fact]
    public async Task PublishAsync_SameVersionAgain_KeepsPublishTimeAndNoUpdateNote()
    {
        var article = WebsiteTestSite.Article("a", "Tiêu đề", "tieu-de");
        await _site.PublishAsync(article);
        _site.Time.Advance(TimeSpan.FromHours(3));

        await _site.PublishAsync(article);

        var page = _site.Read("bai-viet/tieu-de.html");
        Assert.Contains("02/03/2026 07:30", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Cập nhật lúc", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_SiteRebuiltButLedgerKnowsPage_ReusesPreviousSlug()
    {
        var article = WebsiteTestSite.Article("a", "Tiêu đề mới", "tieu-de-moi");
        var previous = Entry("a", "tieu-de-cu", "https://hoaan.example.gov.vn/cchc/bai-viet/tieu-de-cu.html", "h0");

        var result = await _site.PublishAsync(article, previous);

        Assert.Equal("tieu-de-cu", result.RemoteId);
    }

    [Fact]
    public async Task PublishAsync_PreviousIdFromAnotherMode_Ignored()
    {
        var article = WebsiteTestSite.Article("a", "Tiêu đề", "tieu-de");
        var previous = Entry("a", "123", "https://wp.example/?p=123", "h0");

        var result = await _site.PublishAsync(article, previous);

        Assert.Equal("tieu-de", result.RemoteId);
    }

    [Fact]
    public async Task PublishAsync_Several_IndexListsNewestFirst()
    {
        await _site.PublishAsync(WebsiteTestSite.Article("a", "Bài thứ nhất", "bai-1"));
        _site.Time.Advance(TimeSpan.FromHours(1));
        await _site.PublishAsync(WebsiteTestSite.Article("b", "Bài thứ hai", "bai-2"));
        _site.Time.Advance(TimeSpan.FromHours(1));
        await _site.PublishAsync(WebsiteTestSite.Article("c", "Bài thứ ba", "bai-3"));
        _site.Time.Advance(TimeSpan.FromHours(1));
        await _site.PublishAsync(WebsiteTestSite.Article("a", "Bài thứ nhất (sửa)", "bai-1", hash: "h2"));

        var index = _site.Read("index.html");
        string[] newestFirst = ["bai-viet/bai-3.html", "bai-viet/bai-2.html", "bai-viet/bai-1.html"];
        var positions = newestFirst.Select(link => index.IndexOf(link, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order().ToList(), positions);
        Assert.Contains("Bài thứ nhất (sửa)", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_Categories_OnePagePerCategoryWithVietnameseLabel()
    {
        await _site.PublishAsync(WebsiteTestSite.Article("a", "Một cửa", "mot-cua", categories: ["mot-cua", "thu-tuc-hanh-chinh"]));
        await _site.PublishAsync(WebsiteTestSite.Article("b", "Chính quyền số", "cq-so", categories: ["chinh-quyen-so"]));

        var motCua = _site.Read("chuyen-muc/mot-cua.html");
        Assert.Contains("<h1>Bộ phận một cửa, một cửa liên thông</h1>", motCua, StringComparison.Ordinal);
        Assert.Contains("bai-viet/mot-cua.html", motCua, StringComparison.Ordinal);
        Assert.DoesNotContain("bai-viet/cq-so.html", motCua, StringComparison.Ordinal);
        Assert.Contains("bai-viet/mot-cua.html", _site.Read("chuyen-muc/thu-tuc-hanh-chinh.html"), StringComparison.Ordinal);
        Assert.Contains("bai-viet/cq-so.html", _site.Read("chuyen-muc/chinh-quyen-so.html"), StringComparison.Ordinal);
        var index = _site.Read("index.html");
        Assert.Contains("<a href=\"chuyen-muc/mot-cua.html\">Bộ phận một cửa, một cửa liên thông</a>", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_ArticleLeavesCategory_CategoryPageNoLongerListsIt()
    {
        await _site.PublishAsync(WebsiteTestSite.Article("a", "Bài", "bai", categories: ["mot-cua"]));

        await _site.PublishAsync(WebsiteTestSite.Article("a", "Bài", "bai", categories: ["cong-vu"], hash: "h2"));

        var motCua = _site.Read("chuyen-muc/mot-cua.html");
        Assert.DoesNotContain("bai-viet/bai.html", motCua, StringComparison.Ordinal);
        Assert.Contains("Chưa có bài viết.", motCua, StringComparison.Ordinal);
        Assert.Contains("bai-viet/bai.html", _site.Read("chuyen-muc/cong-vu.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_Rss_IsValidRss2WithAbsoluteLinksAndRfc822Dates()
    {
        await _site.PublishAsync(WebsiteTestSite.Article("a", "Bài A & B", "bai-a", summary: "Tóm tắt <A>", categories: ["mot-cua"]));
        _site.Time.Advance(TimeSpan.FromMinutes(90));
        await _site.PublishAsync(WebsiteTestSite.Article("b", "Bài B", "bai-b"));

        var rss = XDocument.Parse(_site.Read("rss.xml"));

        Assert.Equal("2.0", rss.Root!.Attribute("version")!.Value);
        var channel = rss.Root.Element("channel")!;
        Assert.Equal("https://hoaan.example.gov.vn/cchc/index.html", channel.Element("link")!.Value);
        Assert.Equal("vi", channel.Element("language")!.Value);
        var items = channel.Elements("item").ToList();
        Assert.Equal(["Bài B", "Bài A & B"], items.Select(i => i.Element("title")!.Value).ToList());
        Assert.Equal("https://hoaan.example.gov.vn/cchc/bai-viet/bai-a.html", items[1].Element("link")!.Value);
        Assert.Equal(items[1].Element("link")!.Value, items[1].Element("guid")!.Value);
        Assert.Equal("Tóm tắt <A>", items[1].Element("description")!.Value);
        Assert.Equal("Bộ phận một cửa, một cửa liên thông", items[1].Element("category")!.Value);
        Assert.Equal("Mon, 02 Mar 2026 00:30:00 +0000", items[1].Element("pubDate")!.Value);
        foreach (var date in items.Select(i => i.Element("pubDate")!.Value))
        {
            Assert.True(DateTimeOffset.TryParseExact(date, "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), date);
        }
    }

    [Fact]
    public async Task PublishAsync_FeedItems_LimitsFeedNotIndex()
    {
        using var site = new WebsiteTestSite(o => o.FeedItems = 2);
        for (var i = 1; i <= 3; i++)
        {
            await site.PublishAsync(WebsiteTestSite.Article($"a{i}", $"Bài {i}", $"bai-{i}"));
            site.Time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(2, XDocument.Parse(site.Read("rss.xml")).Descendants("item").Count());
        Assert.Contains("bai-viet/bai-1.html", site.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_Cover_CopiedNextToPageAndShown()
    {
        var cover = _site.WriteContentFile("anh bìa.JPG", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]);

        await _site.PublishAsync(WebsiteTestSite.Article("a", "Có ảnh", "co-anh", cover: cover));

        Assert.Equal(File.ReadAllBytes(cover), File.ReadAllBytes(SitePathsFull("bai-viet/co-anh.jpg")));
        Assert.Contains("<img src=\"co-anh.jpg\" alt=\"Ảnh minh họa: Có ảnh\">", _site.Read("bai-viet/co-anh.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_BodyImageWithRelativePath_CopiedNextToPageWhereItsLinkPoints()
    {
        var image = _site.WriteContentFile("so-do.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        var article = WebsiteTestSite.Article("a", "Có sơ đồ", "co-so-do", body: "Quy trình:\n\n![Sơ đồ quy trình](so-do.png)\n\n![Thiếu](khong-co.png)\n") with
        {
            SourcePath = Path.Combine(Path.GetDirectoryName(image)!, "a.md"),
        };

        var result = await _site.PublishAsync(article);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal(File.ReadAllBytes(image), File.ReadAllBytes(SitePathsFull("bai-viet/so-do.png")));
        Assert.Contains("src=\"so-do.png\"", _site.Read("bai-viet/co-so-do.html"), StringComparison.Ordinal);
        Assert.False(File.Exists(SitePathsFull("bai-viet/khong-co.png")));
    }

    [Fact]
    public async Task PublishAsync_CoverChangedType_OldCoverRemoved()
    {
        var jpg = _site.WriteContentFile("a.jpg", [1, 2, 3]);
        var png = _site.WriteContentFile("a.png", [4, 5, 6]);
        await _site.PublishAsync(WebsiteTestSite.Article("a", "Có ảnh", "co-anh", cover: jpg));

        await _site.PublishAsync(WebsiteTestSite.Article("a", "Có ảnh", "co-anh", cover: png, hash: "h2"));

        Assert.False(_site.Exists("bai-viet/co-anh.jpg"));
        Assert.True(_site.Exists("bai-viet/co-anh.png"));
    }

    [Fact]
    public async Task PublishAsync_CoverNotAWebImage_PublishedWithoutIt()
    {
        var svg = _site.WriteContentFile("a.svg", "<svg onload=alert(1)/>"u8.ToArray());

        var result = await _site.PublishAsync(WebsiteTestSite.Article("a", "Ảnh lạ", "anh-la", cover: svg));

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.False(_site.Exists("bai-viet/anh-la.svg"));
        Assert.DoesNotContain("<img", _site.Read("bai-viet/anh-la.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_CoverGoneSinceValidation_FailedNamesFile()
    {
        var result = await _site.PublishAsync(WebsiteTestSite.Article("a", "Có ảnh", "co-anh", cover: "/khong/co/anh.jpg"));

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Contains("/khong/co/anh.jpg", result.Error, StringComparison.Ordinal);
        Assert.False(_site.Exists("bai-viet/co-anh.html"));
    }

    [Fact]
    public async Task PublishAsync_Manifest_RecordsPublishedArticle()
    {
        await _site.PublishAsync(WebsiteTestSite.Article("2026/a", "Tiêu đề", "tieu-de", summary: "Tóm tắt", categories: ["cong-vu"], hash: "abc"));

        var entry = Assert.Single(Manifest().GetProperty("articles").EnumerateArray());
        Assert.Equal("2026/a", entry.GetProperty("id").GetString());
        Assert.Equal("tieu-de", entry.GetProperty("slug").GetString());
        Assert.Equal("Tiêu đề", entry.GetProperty("title").GetString());
        Assert.Equal("Tóm tắt", entry.GetProperty("summary").GetString());
        Assert.Equal("cong-vu", entry.GetProperty("categories")[0].GetString());
        Assert.Equal("abc", entry.GetProperty("contentHash").GetString());
        Assert.Equal(WebsiteTestSite.Start, entry.GetProperty("publishedAt").GetDateTimeOffset());
        Assert.Contains("\"Tiêu đề\"", _site.Read(SiteManifestStore.FileName), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_NoTempFilesLeftBehind()
    {
        await _site.PublishAsync(WebsiteTestSite.Article("a", "Tiêu đề", "tieu-de"));

        Assert.Empty(Directory.EnumerateFiles(_site.SiteRoot, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task PublishAsync_DamagedManifest_FailsWithoutTouchingIt()
    {
        Directory.CreateDirectory(_site.SiteRoot);
        await File.WriteAllTextAsync(SitePathsFull(SiteManifestStore.FileName), "{ không phải json", TestContext.Current.CancellationToken);

        var result = await _site.PublishAsync(WebsiteTestSite.Article("a", "Tiêu đề", "tieu-de"));

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Contains("bị hỏng", result.Error, StringComparison.Ordinal);
        Assert.Equal("{ không phải json", _site.Read(SiteManifestStore.FileName));
        Assert.False(_site.Exists("bai-viet/tieu-de.html"));
    }

    [Fact]
    public async Task PublishAsync_FolderNotWritable_FailsWithRetryAfter()
    {
        using var site = new WebsiteTestSite(o => o.OutputFolder = null);
        Directory.CreateDirectory(site.Paths.DataRoot);
        await File.WriteAllTextAsync(Path.Combine(site.Paths.DataRoot, "site"), "a file where the folder should be", TestContext.Current.CancellationToken);

        var result = await site.PublishAsync(WebsiteTestSite.Article("a", "Tiêu đề", "tieu-de"));

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.StartsWith("Không ghi được trang web", result.Error, StringComparison.Ordinal);
        Assert.NotNull(result.RetryAfter);
    }

    [Fact]
    public async Task ReconcileAsync_Published_FoundWithSlugAndUrl()
    {
        var article = WebsiteTestSite.Article("a", "Tiêu đề", "tieu-de");
        var published = await _site.PublishAsync(article);

        var result = await _site.ReconcileAsync(article);

        Assert.True(result.Found);
        Assert.True(result.Certain);
        Assert.Equal(published.RemoteId, result.RemoteId);
        Assert.Equal(published.Url, result.Url);
    }

    [Fact]
    public async Task ReconcileAsync_NeverPublished_NotFoundCertain()
    {
        await _site.PublishAsync(WebsiteTestSite.Article("khac", "Bài khác", "tieu-de"));

        var result = await _site.ReconcileAsync(WebsiteTestSite.Article("a", "Tiêu đề", "tieu-de"));

        Assert.False(result.Found);
        Assert.True(result.Certain);
    }

    [Fact]
    public async Task ReconcileAsync_PageDeleted_NotFound()
    {
        var article = WebsiteTestSite.Article("a", "Tiêu đề", "tieu-de");
        await _site.PublishAsync(article);
        File.Delete(SitePathsFull("bai-viet/tieu-de.html"));

        Assert.False((await _site.ReconcileAsync(article)).Found);
    }

    [Fact]
    public async Task ReconcileAsync_DamagedManifest_CouldNotCheck()
    {
        Directory.CreateDirectory(_site.SiteRoot);
        await File.WriteAllTextAsync(SitePathsFull(SiteManifestStore.FileName), "[]", TestContext.Current.CancellationToken);

        var result = await _site.ReconcileAsync(WebsiteTestSite.Article("a", "Tiêu đề", "tieu-de"));

        Assert.False(result.Found);
        Assert.False(result.Certain);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public async Task PublishAsync_Concurrent_NoArticleLostFromManifest()
    {
        var articles = Enumerable.Range(1, 8).Select(i => WebsiteTestSite.Article($"a{i}", $"Bài {i}", $"bai-{i}")).ToList();

        var results = await Task.WhenAll(articles.Select(a => Task.Run(() => _site.PublishAsync(a), TestContext.Current.CancellationToken)));

        Assert.All(results, r => Assert.Equal(PublishOutcome.Published, r.Outcome));
        Assert.Equal(8, Manifest().GetProperty("articles").GetArrayLength());
    }

    private string SitePathsFull(string relative) => SitePaths.Full(_site.SiteRoot, relative);

    private JsonElement Manifest() => JsonDocument.Parse(_site.Read(SiteManifestStore.FileName)).RootElement;

    private static LedgerEntry Previous(PublishResult published, string hash) =>
        Entry("2026/dvc", published.RemoteId!, published.Url!, hash);

    private static LedgerEntry Entry(string id, string remoteId, string url, string hash) => new()
    {
        ArticleId = id,
        Channel = ChannelNames.Website,
        State = PublicationState.Published,
        RemoteId = remoteId,
        RemoteUrl = url,
        ContentHash = hash,
        PublishedHash = hash,
        Title = "x",
        CreatedAt = WebsiteTestSite.Start,
        UpdatedAt = WebsiteTestSite.Start,
    };
}
