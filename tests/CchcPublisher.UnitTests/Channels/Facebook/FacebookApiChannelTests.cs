using CchcPublisher.Channels;
using CchcPublisher.Channels.Facebook;
using CchcPublisher.Ledger;
using CchcPublisher.UnitTests.Channels.Http;

namespace CchcPublisher.UnitTests.Channels.Facebook;

/// <summary>Contract tests of the Facebook channel in API mode against <see cref="FakeGraph"/> on loopback.</summary>
public sealed class FacebookApiChannelTests
{
    private const string WebsiteUrl = "https://hoaan.example.gov.vn/bai-viet/huong-dan-nop-ho-so-truc-tuyen.html";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PublishContext Context(bool website = true, string? cover = null, LedgerEntry? previous = null) =>
        new(
            SocialTestArticles.Create(body: "Người dân **có thể** nộp hồ sơ [trực tuyến](https://dichvucong.gov.vn).", coverPath: cover),
            previous,
            website
                ? new Dictionary<string, PublishResult> { [ChannelNames.Website] = PublishResult.Published("x", WebsiteUrl) }
                : new Dictionary<string, PublishResult>());

    private static LedgerEntry Entry() =>
        new()
        {
            ArticleId = "2026/huong-dan-dvc",
            Channel = ChannelNames.Facebook,
            State = PublicationState.Unknown,
            ContentHash = "0123456789abcdef",
            Title = "Hướng dẫn nộp hồ sơ trực tuyến",
            CreatedAt = DateTimeOffset.UtcNow.AddHours(-1),
            UpdatedAt = DateTimeOffset.UtcNow,
        };

    private static string Marker => FacebookPostRenderer.Marker("2026/huong-dan-dvc");

    [Fact]
    public async Task PublishAsync_WebsiteFirst_LinkPostOnFeed()
    {
        using var fixture = new FacebookApiFixture();

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        var post = Assert.Single(fixture.Graph.Posts);
        Assert.Equal(post.Id, result.RemoteId);
        Assert.Equal("https://www.facebook.com/" + post.Id, result.Url);
        Assert.Equal(WebsiteUrl, post.Link);
        Assert.Contains("nộp hồ sơ trực tuyến (https://dichvucong.gov.vn)", post.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("#cchc_", post.Message, StringComparison.Ordinal);
        var request = fixture.Graph.Service.Requests.Single(r => r.Method == "POST");
        Assert.DoesNotContain(FakeGraph.PageToken, request.Path + request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_CoverWithoutWebsite_PhotoPostReturnsPostId()
    {
        using var fixture = new FacebookApiFixture();

        var result = await fixture.Channel.PublishAsync(Context(website: false, cover: "/c/bia.jpg"), Ct);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal(1, fixture.Graph.Count("POST", "/photos"));
        Assert.Equal(fixture.Graph.Posts[0].Id, result.RemoteId);
        Assert.Equal("https://hoaan.example.gov.vn/bai-viet/huong-dan-nop-ho-so-truc-tuyen.jpg", fixture.Graph.Service.Requests[0].Json.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData(190, 463, "hết hạn")]
    [InlineData(190, 460, "mật khẩu")]
    [InlineData(190, null, "Page access token")]
    public async Task PublishAsync_TokenError_FailsSayingTokenMustBeRenewed(int code, int? subcode, string expected)
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.Intercept = r => r.Method == "POST" ? FakeGraph.Error(code, subcode, "Error validating access token") : null;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Null(result.RetryAfter);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Contains("CCHC__Channels__Facebook__PageAccessToken", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, null)]
    [InlineData(17, null)]
    [InlineData(32, null)]
    [InlineData(613, null)]
    [InlineData(80001, null)]
    [InlineData(368, 1390008)]
    public async Task PublishAsync_RateLimited_FailedWithRetryAfterAndPausesCalls(int code, int? subcode)
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.Intercept = r => r.Method == "POST" ? FakeGraph.Error(code, subcode, "Too many calls") : null;

        var first = await fixture.Channel.PublishAsync(Context(), Ct);
        var second = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Failed, first.Outcome);
        Assert.Equal(TimeSpan.FromMinutes(30), first.RetryAfter);
        Assert.Equal(PublishOutcome.Failed, second.Outcome);
        Assert.NotNull(second.RetryAfter);
        Assert.Equal(1, fixture.Graph.Count("POST", "/feed")); // the second attempt was held back, not sent
    }

    [Fact]
    public async Task PublishAsync_Blocked368_FailedForBlockedRetryAfter()
    {
        using var fixture = new FacebookApiFixture(new() { ["Channels:Facebook:BlockedRetryAfter"] = "12:00:00" });
        fixture.Graph.Intercept = r => r.Method == "POST" ? FakeGraph.Error(368, null, "Temporarily blocked for policies violations") : null;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Equal(TimeSpan.FromHours(12), result.RetryAfter);
        Assert.Contains("tạm chặn", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_368AlreadyPosted_ReconciledAsPublished()
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.AddPost("Bài cũ " + Marker, DateTimeOffset.UtcNow.AddMinutes(-3));
        fixture.Graph.Intercept = r => r.Method == "POST" ? FakeGraph.Error(368, null, "You've already posted this.") : null;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Single(fixture.Graph.Posts);
    }

    [Fact]
    public async Task PublishAsync_Duplicate506AfterEarlierSuccess_ReconciledAsPublished()
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.AddPost("Bài cũ\n\n#ThuTucHanhChinh " + Marker, DateTimeOffset.UtcNow.AddMinutes(-3));
        fixture.Graph.Intercept = r => r.Method == "POST" ? FakeGraph.Error(506, null, "(#506) Duplicate status message") : null;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal(fixture.Graph.Posts[0].Id, result.RemoteId);
        Assert.Single(fixture.Graph.Posts);
    }

    [Fact]
    public async Task PublishAsync_Duplicate506NothingFound_Unknown()
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.Intercept = r => r.Method == "POST" ? FakeGraph.Error(506, null, "(#506) Duplicate status message") : null;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Unknown, result.Outcome);
    }

    [Theory]
    [InlineData(1, 500)]
    [InlineData(2, 500)]
    [InlineData(2, 400)]
    public async Task PublishAsync_ApiUnknownOrServiceError_UnknownNeverRetried(int code, int status)
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.Intercept = r => r.Method == "POST" ? FakeGraph.Error(code, null, "An unexpected error has occurred. Please retry your request later.", status) : null;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Unknown, result.Outcome);
        Assert.Equal(1, fixture.Graph.Count("POST", "/feed"));
    }

    [Fact]
    public async Task PublishAsync_Http500NonJson_Unknown()
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.Intercept = r => r.Method == "POST" ? new FakeResponse(500, "<html>Internal error</html>") : null;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Unknown, result.Outcome);
        Assert.Equal(1, fixture.Graph.Count("POST", "/feed"));
    }

    [Fact]
    public async Task PublishAsync_NonJson200_Unknown()
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.Intercept = r => r.Method == "POST" ? new FakeResponse(200, "true") : null;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Unknown, result.Outcome);
    }

    [Fact]
    public async Task PublishAsync_JsonWithoutId_Unknown()
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.Intercept = r => r.Method == "POST" ? FakeResponse.Json(new { success = true }) : null;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Unknown, result.Outcome);
    }

    [Theory]
    [InlineData(10, null, "pages_manage_posts")]
    [InlineData(200, null, "pages_manage_posts")]
    [InlineData(100, 1366046, "JPG")]
    [InlineData(100, 2061006, "liên kết")]
    [InlineData(100, null, "tham số")]
    [InlineData(12345, null, "[Facebook 12345")]
    public async Task PublishAsync_PermanentErrors_FailedWithoutRetry(int code, int? subcode, string expected)
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.Intercept = r => r.Method == "POST" ? FakeGraph.Error(code, subcode, "Refused") : null;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Null(result.RetryAfter);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Contains("fbtrace AbCdEf123", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_TimeoutAfterFacebookRecordedThePost_ExactlyOnePostAfterReconcile()
    {
        using var fixture = new FacebookApiFixture(new() { ["Channels:Facebook:AttemptTimeout"] = "00:00:02", ["Channels:Facebook:TotalTimeout"] = "00:00:10" });
        await fixture.Check.CheckAsync(Ct); // warm up the connection
        fixture.Graph.PostDelay = TimeSpan.FromSeconds(6);
        var context = Context();

        var result = await fixture.Channel.PublishAsync(context, Ct);
        fixture.Graph.PostDelay = TimeSpan.Zero;
        var reconciled = await fixture.Channel.ReconcileAsync(Context(previous: Entry()), Ct);
        if (!reconciled.Found && reconciled.Certain)
        {
            await fixture.Channel.PublishAsync(context, Ct);
        }

        Assert.Equal(PublishOutcome.Unknown, result.Outcome);
        Assert.True(reconciled.Found);
        Assert.Equal(fixture.Graph.Posts[0].Id, reconciled.RemoteId);
        Assert.Single(fixture.Graph.Posts);
        Assert.Equal(1, fixture.Graph.Count("POST", "/feed"));
    }

    [Fact]
    public async Task PublishAsync_AppUsageHigh_NextPostHeldBack()
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.UsageHeaders["X-App-Usage"] = """{"call_count":95,"total_time":20,"total_cputime":10}""";

        var first = await fixture.Channel.PublishAsync(Context(), Ct);
        var second = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Published, first.Outcome);
        Assert.Equal(PublishOutcome.Failed, second.Outcome);
        Assert.InRange(second.RetryAfter!.Value, TimeSpan.FromMinutes(55), TimeSpan.FromHours(1));
        Assert.Contains("mức sử dụng", second.Error, StringComparison.Ordinal);
        Assert.Single(fixture.Graph.Posts);
    }

    [Fact]
    public async Task PublishAsync_BusinessUseCaseEstimate_PausesForThatLong()
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.UsageHeaders["X-Business-Use-Case-Usage"] =
            $$"""{"{{FakeGraph.PageId}}":[{"type":"pages","call_count":40,"total_cputime":5,"total_time":5,"estimated_time_to_regain_access":7}]}""";

        await fixture.Channel.PublishAsync(Context(), Ct);
        var second = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Failed, second.Outcome);
        Assert.InRange(second.RetryAfter!.Value, TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(7));
    }

    [Fact]
    public async Task PublishAsync_ModerateUsage_NotHeldBack()
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.UsageHeaders["X-App-Usage"] = """{"call_count":40,"total_time":20,"total_cputime":10}""";

        await fixture.Channel.PublishAsync(Context(), Ct);
        var second = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Published, second.Outcome);
    }

    [Fact]
    public async Task ReconcileAsync_MarkerPrefixOfOtherTag_NotMatched()
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.AddPost("Bài khác " + Marker + "0", DateTimeOffset.UtcNow);

        var result = await fixture.Channel.ReconcileAsync(Context(previous: Entry()), Ct);

        Assert.False(result.Found);
        Assert.True(result.Certain);
    }

    [Fact]
    public async Task ReconcileAsync_GraphError_CouldNotCheck()
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.Intercept = r => r.Method == "GET" ? FakeGraph.Error(4, null, "Application request limit reached") : null;

        var result = await fixture.Channel.ReconcileAsync(Context(previous: Entry()), Ct);

        Assert.False(result.Certain);
        Assert.Contains("giới hạn", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReconcileAsync_MalformedList_CouldNotCheck()
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.Intercept = r => r.Method == "GET" ? FakeResponse.Json(new { posts = Array.Empty<int>() }) : null;

        var result = await fixture.Channel.ReconcileAsync(Context(previous: Entry()), Ct);

        Assert.False(result.Certain);
    }

    [Fact]
    public async Task CheckAsync_PageToken_Ok()
    {
        using var fixture = new FacebookApiFixture();

        var result = await fixture.Check.CheckAsync(Ct);

        Assert.True(result.Ok, result.Message);
        Assert.Contains(FakeGraph.PageName, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_UserTokenNotPageToken_NotOk()
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.MeId = "100000123456789";

        var result = await fixture.Check.CheckAsync(Ct);

        Assert.False(result.Ok);
        Assert.Contains("không phải mã của Trang", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_ExpiredToken_NotOkSaysRenew()
    {
        using var fixture = new FacebookApiFixture(new() { ["Channels:Facebook:PageAccessToken"] = "EAAG-expired" });

        var result = await fixture.Check.CheckAsync(Ct);

        Assert.False(result.Ok);
        Assert.Contains("hết hạn", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllFlows_PageToken_NeverInLogsFilesOrResults()
    {
        using var fixture = new FacebookApiFixture();
        var texts = new List<string?>
        {
            (await fixture.Channel.PublishAsync(Context(), Ct)).Error,
            (await fixture.Check.CheckAsync(Ct)).Message,
        };
        fixture.Graph.Intercept = r => r.Method == "POST" ? FakeGraph.Error(190, 467, "Invalid OAuth access token " + FakeGraph.PageToken[..6]) : null;
        texts.Add((await fixture.Channel.PublishAsync(Context(), Ct)).Error);
        texts.Add((await fixture.Channel.ReconcileAsync(Context(previous: Entry()), Ct)).Error);

        SecretScan.AssertLogsClean(fixture.Logs, [FakeGraph.PageToken]);
        SecretScan.AssertFilesClean(fixture.Data.Path, [FakeGraph.PageToken]);
        foreach (var text in texts)
        {
            SecretScan.AssertClean(text, [FakeGraph.PageToken]);
        }
    }

    [Fact]
    public async Task WithdrawAsync_PublishedPost_DeletedFromThePage_AndAGonePostCountsAsWithdrawn()
    {
        using var fixture = new FacebookApiFixture();
        var published = await fixture.Channel.PublishAsync(Context(), Ct);
        var entry = Entry() with { State = PublicationState.Published, RemoteId = published.RemoteId };

        var first = await fixture.Channel.WithdrawAsync(new WithdrawContext(entry, null), Ct);
        var again = await fixture.Channel.WithdrawAsync(new WithdrawContext(entry, null), Ct);

        Assert.Equal(WithdrawOutcome.Withdrawn, first.Outcome);
        Assert.Empty(fixture.Graph.Posts);
        Assert.Equal(WithdrawOutcome.Withdrawn, again.Outcome);
        Assert.Equal(2, fixture.Graph.Count("DELETE", published.RemoteId!));
    }

    [Fact]
    public async Task WithdrawAsync_TokenExpired_FailedSayingWhatToDo_PostStays()
    {
        using var fixture = new FacebookApiFixture();
        var published = await fixture.Channel.PublishAsync(Context(), Ct);
        fixture.Graph.Intercept = r => r.Method == "DELETE" ? FakeGraph.Error(190, 463, "Error validating access token: Session has expired") : null;

        var result = await fixture.Channel.WithdrawAsync(new WithdrawContext(Entry() with { State = PublicationState.Published, RemoteId = published.RemoteId }, null), Ct);

        Assert.Equal(WithdrawOutcome.Failed, result.Outcome);
        Assert.Single(fixture.Graph.Posts);
        Assert.StartsWith("Mã truy cập Trang Facebook không còn dùng được", result.Message, StringComparison.Ordinal);
    }
}
