using CchcPublisher.IntegrationTests.TestSupport;
using System.Globalization;
using CchcPublisher.Channels;
using CchcPublisher.Channels.Website;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPublisher.IntegrationTests.Channels.Website;

/// <summary>The WordPress channel against a real WordPress on loopback (see <c>.ci/wordpress.sh</c>).</summary>
public sealed class WordPressChannelTests : IDisposable
{
    /// <summary>A valid 1×1 PNG: WordPress checks that an upload really is an image.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private readonly RealWordPress _wp = RealWordPress.Require();
    private readonly List<string> _files = [];

    public void Dispose()
    {
        _wp.Dispose();
        foreach (var file in _files)
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task PublishAsync_NewArticleWithCover_PostReadBackMatches()
    {
        var article = RealWordPress.Article(categories: ["thu-tuc-hanh-chinh", "mot-cua"], cover: Cover());

        var result = await _wp.Channel().PublishAsync(RealWordPress.Context(article), Ct);

        Assert.True(result.Outcome == PublishOutcome.Published, result.Error);
        var post = await _wp.GetAsync($"/wp/v2/posts/{result.RemoteId}", "&context=edit");
        Assert.Equal("publish", post.GetProperty("status").GetString());
        Assert.Equal(article.Title, post.GetProperty("title").GetProperty("raw").GetString());
        Assert.Equal(article.Slug, post.GetProperty("slug").GetString());
        Assert.Equal(post.GetProperty("link").GetString(), result.Url);
        var content = post.GetProperty("content").GetProperty("raw").GetString()!;
        Assert.Contains("<strong>nộp hồ sơ trực tuyến</strong>", content, StringComparison.Ordinal);
        Assert.Contains("<ol>", content, StringComparison.Ordinal);
        Assert.Contains(WordPressChannel.Marker(article.Id), content, StringComparison.Ordinal);
        Assert.Equal(["mot-cua", "thu-tuc-hanh-chinh"], (await CategorySlugsAsync(post)).Order(StringComparer.Ordinal).ToList());
        var mediaId = post.GetProperty("featured_media").GetInt32();
        Assert.NotEqual(0, mediaId);
        var media = await _wp.GetAsync($"/wp/v2/media/{mediaId}");
        Assert.Equal("image/png", media.GetProperty("mime_type").GetString());
        Assert.Equal(post.GetProperty("id").GetInt32(), media.GetProperty("post").GetInt32()); // attached to its post
    }

    [Fact]
    public async Task WithdrawAsync_PublishedPost_MovedToTrash_AndASecondWithdrawalStillSucceeds()
    {
        var channel = _wp.Channel();
        var article = RealWordPress.Article();
        var published = await channel.PublishAsync(RealWordPress.Context(article), Ct);
        Assert.True(published.Outcome == PublishOutcome.Published, published.Error);
        var entry = new CchcPublisher.Ledger.LedgerEntry
        {
            ArticleId = article.Id, Channel = ChannelNames.Website, State = CchcPublisher.Ledger.PublicationState.Published,
            ContentHash = article.ContentHash, Title = article.Title, RemoteId = published.RemoteId, RemoteUrl = published.Url,
            CreatedAt = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), UpdatedAt = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero),
        };

        var first = await channel.WithdrawAsync(new WithdrawContext(entry, null), Ct);
        var again = await channel.WithdrawAsync(new WithdrawContext(entry, null), Ct);

        Assert.True(first.Outcome == WithdrawOutcome.Withdrawn, first.Message);
        Assert.True(again.Outcome == WithdrawOutcome.Withdrawn, again.Message);
        var post = await _wp.GetAsync($"/wp/v2/posts/{published.RemoteId}", "&context=edit");
        Assert.Equal("trash", post.GetProperty("status").GetString());
        Assert.Empty((await _wp.GetAsync("/wp/v2/posts", $"&slug={article.Slug}")).EnumerateArray());
    }

    [Fact]
    public async Task PublishAsync_EditedArticle_UpdatesSamePost()
    {
        var channel = _wp.Channel();
        var original = RealWordPress.Article();
        var first = await channel.PublishAsync(RealWordPress.Context(original), Ct);
        Assert.True(first.Outcome == PublishOutcome.Published, first.Error);

        var edited = original with { Body = "Nội dung **đã sửa** ngày 05/3.", Title = "Hướng dẫn (cập nhật)", ContentHash = "h2" };
        var second = await channel.PublishAsync(RealWordPress.Context(edited, first), Ct);

        Assert.True(second.Outcome == PublishOutcome.Published, second.Error);
        Assert.Equal(first.RemoteId, second.RemoteId);
        var post = await _wp.GetAsync($"/wp/v2/posts/{second.RemoteId}", "&context=edit");
        Assert.Equal("Hướng dẫn (cập nhật)", post.GetProperty("title").GetProperty("raw").GetString());
        var content = post.GetProperty("content").GetProperty("raw").GetString()!;
        Assert.Contains("<strong>đã sửa</strong>", content, StringComparison.Ordinal);
        Assert.DoesNotContain("Đăng nhập", content, StringComparison.Ordinal);
        Assert.Single((await _wp.GetAsync("/wp/v2/posts", $"&slug={original.Slug}&status=any")).EnumerateArray());
    }

    [Fact]
    public async Task PublishAsync_EditKeepsCover_ReusesUploadedMediaAndEditRemovingCoverClearsIt()
    {
        var channel = _wp.Channel();
        var original = RealWordPress.Article(cover: Cover());
        var first = await channel.PublishAsync(RealWordPress.Context(original), Ct);
        var firstMedia = (await _wp.GetAsync($"/wp/v2/posts/{first.RemoteId}")).GetProperty("featured_media").GetInt32();

        var second = await channel.PublishAsync(RealWordPress.Context(original with { Body = "Sửa lần 1.", ContentHash = "h2" }, first), Ct);
        var secondMedia = (await _wp.GetAsync($"/wp/v2/posts/{second.RemoteId}")).GetProperty("featured_media").GetInt32();
        var third = await channel.PublishAsync(RealWordPress.Context(original with { CoverPath = null, ContentHash = "h3" }, first), Ct);
        var thirdMedia = (await _wp.GetAsync($"/wp/v2/posts/{third.RemoteId}")).GetProperty("featured_media").GetInt32();

        Assert.NotEqual(0, firstMedia);
        Assert.Equal(firstMedia, secondMedia);
        Assert.Equal(0, thirdMedia);
    }

    [Fact]
    public async Task ReconcileAsync_AfterUnknownOutcome_FindsPostBySlugAndRepublishDoesNotDuplicate()
    {
        var channel = _wp.Channel();
        var article = RealWordPress.Article();
        var published = await channel.PublishAsync(RealWordPress.Context(article), Ct);
        Assert.True(published.Outcome == PublishOutcome.Published, published.Error);

        // The ledger never learnt the post id (as after a timeout): reconcile and a new attempt both find the post.
        var found = await channel.ReconcileAsync(RealWordPress.Context(article), Ct);
        var again = await channel.PublishAsync(RealWordPress.Context(article with { ContentHash = "h2" }), Ct);

        Assert.True(found.Found, found.Error);
        Assert.True(found.Certain);
        Assert.Equal(published.RemoteId, found.RemoteId);
        Assert.Equal(published.Url, found.Url);
        Assert.Equal(published.RemoteId, again.RemoteId);
        Assert.Single((await _wp.GetAsync("/wp/v2/posts", $"&slug={article.Slug}&status=any")).EnumerateArray());
    }

    [Fact]
    public async Task ReconcileAsync_NeverPublished_NotFound()
    {
        var result = await _wp.Channel().ReconcileAsync(RealWordPress.Context(RealWordPress.Article()), Ct);

        Assert.False(result.Found);
        Assert.True(result.Certain, result.Error);
    }

    [Fact]
    public async Task PublishAsync_SlugTakenByForeignPost_OwnPostGetsSuffixAndIsReconciled()
    {
        var article = RealWordPress.Article();
        var foreign = await _wp.PostAsync("/wp/v2/posts", new { title = "Bài của người khác", content = "Không liên quan", status = "publish", slug = article.Slug });
        var channel = _wp.Channel();

        var result = await channel.PublishAsync(RealWordPress.Context(article), Ct);
        var found = await channel.ReconcileAsync(RealWordPress.Context(article), Ct);

        Assert.True(result.Outcome == PublishOutcome.Published, result.Error);
        Assert.NotEqual(foreign.GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture), result.RemoteId);
        Assert.Equal(result.RemoteId, found.RemoteId);
        var post = await _wp.GetAsync($"/wp/v2/posts/{result.RemoteId}");
        Assert.Equal(article.Slug + "-2", post.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task PublishAsync_MissingCategory_CreatedWithSlugAndLabel()
    {
        var key = "kiem-thu-" + Guid.NewGuid().ToString("N")[..8];
        var labels = new FixedLabels(key, "Chuyên mục kiểm thử " + key[^8..]);
        var article = RealWordPress.Article(categories: [key]);

        var result = await _wp.Channel(labels: labels).PublishAsync(RealWordPress.Context(article), Ct);

        Assert.True(result.Outcome == PublishOutcome.Published, result.Error);
        var term = Assert.Single((await _wp.GetAsync("/wp/v2/categories", $"&slug={key}")).EnumerateArray());
        Assert.Equal(labels.Label(key), term.GetProperty("name").GetString());
        var post = await _wp.GetAsync($"/wp/v2/posts/{result.RemoteId}");
        Assert.Equal([key], await CategorySlugsAsync(post));
    }

    [Fact]
    public async Task PublishAsync_MissingCategoryAndCreationOff_FailedNothingPosted()
    {
        var key = "kiem-thu-" + Guid.NewGuid().ToString("N")[..8];
        var article = RealWordPress.Article(categories: [key]);

        var result = await _wp.Channel(extra: new() { ["Channels:Website:WordPress:CreateMissingCategories"] = "false" })
            .PublishAsync(RealWordPress.Context(article), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Contains(key, result.Error, StringComparison.Ordinal);
        Assert.Empty((await _wp.GetAsync("/wp/v2/posts", $"&slug={article.Slug}&status=any")).EnumerateArray());
    }

    [Fact]
    public async Task PublishAsync_BadAppPassword_FailedWithVietnameseMessage()
    {
        var article = RealWordPress.Article();

        var result = await _wp.Channel(password: "sai0 sai0 sai0 sai0 sai0 sai0").PublishAsync(RealWordPress.Context(article), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Contains("từ chối đăng nhập", result.Error, StringComparison.Ordinal);
        Assert.Contains("mật khẩu ứng dụng", result.Error, StringComparison.Ordinal);
        Assert.Null(result.RetryAfter);
        Assert.Empty((await _wp.GetAsync("/wp/v2/posts", $"&slug={article.Slug}&status=any")).EnumerateArray());
    }

    [Fact]
    public async Task PublishAsync_ContributorAccount_FailedLacksRights()
    {
        RequiredComponent.SkipOrFailWhen(_wp.ContributorUser is null || _wp.ContributorPassword is null, "no contributor account in .ci/wordpress.env");
        var article = RealWordPress.Article();

        var result = await _wp.Channel(_wp.ContributorUser, _wp.ContributorPassword).PublishAsync(RealWordPress.Context(article), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Contains("không đủ quyền", result.Error, StringComparison.Ordinal);
        Assert.Empty((await _wp.GetAsync("/wp/v2/posts", $"&slug={article.Slug}&status=any")).EnumerateArray());
    }

    [Theory]
    [InlineData("Auto")]
    [InlineData("Pretty")]
    [InlineData("Query")]
    public async Task PublishAsync_EachRouteStyle_Publishes(string style)
    {
        var result = await _wp.Channel(extra: new() { ["Channels:Website:WordPress:RouteStyle"] = style })
            .PublishAsync(RealWordPress.Context(RealWordPress.Article()), Ct);

        Assert.True(result.Outcome == PublishOutcome.Published, result.Error);
    }

    [Fact]
    public async Task CheckAsync_Admin_Ok()
    {
        var check = _wp.Services().GetRequiredService<IChannelCheck>();

        var result = await check.CheckAsync(Ct);

        Assert.True(result.Ok, result.Message);
        Assert.Equal("WordPress REST", result.Mode);
    }

    [Fact]
    public async Task CheckAsync_BadPassword_NotOk()
    {
        var check = _wp.Services(password: "sai0 sai0 sai0 sai0 sai0 sai0").GetRequiredService<IChannelCheck>();

        var result = await check.CheckAsync(Ct);

        Assert.False(result.Ok);
        Assert.Contains("từ chối đăng nhập", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_Contributor_NotOkNamesMissingRights()
    {
        RequiredComponent.SkipOrFailWhen(_wp.ContributorUser is null || _wp.ContributorPassword is null, "no contributor account in .ci/wordpress.env");
        var check = _wp.Services(_wp.ContributorUser, _wp.ContributorPassword).GetRequiredService<IChannelCheck>();

        var result = await check.CheckAsync(Ct);

        Assert.False(result.Ok);
        Assert.Contains("publish_posts", result.Message, StringComparison.Ordinal);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Cover()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cchc-cover-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(path, Png);
        _files.Add(path);
        return path;
    }

    private async Task<List<string>> CategorySlugsAsync(System.Text.Json.JsonElement post)
    {
        var slugs = new List<string>();
        foreach (var id in post.GetProperty("categories").EnumerateArray())
        {
            slugs.Add((await _wp.GetAsync($"/wp/v2/categories/{id.GetInt32()}")).GetProperty("slug").GetString()!);
        }

        return slugs;
    }

    private sealed class FixedLabels(string key, string label) : ICategoryLabels
    {
        public string Label(string k) => k == key ? label : new TaxonomyCategoryLabels(new CchcPublisher.Content.Categories.CurrentTaxonomy()).Label(k);
    }
}
