using CchcPublisher.Channels;
using CchcPublisher.Channels.Zalo;
using CchcPublisher.Ledger;
using CchcPublisher.UnitTests.Channels.Http;

namespace CchcPublisher.UnitTests.Channels.Zalo;

/// <summary>Contract tests of the Zalo channel in API mode against <see cref="FakeZalo"/> on loopback.</summary>
public sealed class ZaloApiChannelTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PublishContext Context(LedgerEntry? previous = null, string id = "2026/huong-dan-dvc", string title = "Hướng dẫn nộp hồ sơ trực tuyến") =>
        new(SocialTestArticles.Create(id: id, title: title, body: "Người dân **có thể** nộp hồ sơ trực tuyến.", coverPath: "/c/bia.jpg"), previous, new Dictionary<string, PublishResult>());

    private static LedgerEntry Entry(string? remoteId = null, string? publishedHash = null, string? lastError = null, DateTimeOffset? updatedAt = null) =>
        new()
        {
            ArticleId = "2026/huong-dan-dvc",
            Channel = ChannelNames.Zalo,
            State = PublicationState.Unknown,
            ContentHash = "0123456789abcdef",
            RemoteId = remoteId,
            PublishedHash = publishedHash,
            LastError = lastError,
            Title = "Hướng dẫn nộp hồ sơ trực tuyến",
            CreatedAt = DateTimeOffset.UtcNow.AddHours(-1),
            UpdatedAt = updatedAt ?? DateTimeOffset.UtcNow,
        };

    private static FakeResponse Envelope(int error, string message) => FakeResponse.Json(new { error, message });

    [Fact]
    public async Task PublishAsync_Success_CreatesVerifiesAndReturnsArticleId()
    {
        using var fixture = new ZaloApiFixture();

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        var article = Assert.Single(fixture.Zalo.Articles);
        Assert.Equal(article.Id, result.RemoteId);
        Assert.Equal("https://oa.zalo.me/a/" + article.Id, result.Url);
        Assert.Equal("Hướng dẫn nộp hồ sơ trực tuyến", article.Title);
        Assert.Equal(2, fixture.Zalo.Count("POST", "/article/verify")); // one -214 "being processed", then the id
        var create = fixture.Zalo.Service.Requests.Single(r => r.Path == "/v2.0/article/create");
        Assert.NotNull(create.Header("access_token"));
        Assert.DoesNotContain("access_token", create.Path + string.Join("&", create.Query.Keys), StringComparison.Ordinal);
        Assert.Equal("<p>Người dân <b>có thể</b> nộp hồ sơ trực tuyến.</p>", create.Json.GetProperty("body")[0].GetProperty("content").GetString());
        Assert.Equal("https://hoaan.example.gov.vn/bai-viet/huong-dan-nop-ho-so-truc-tuyen.jpg", create.Json.GetProperty("cover").GetProperty("photo_url").GetString());
    }

    [Fact]
    public async Task PublishAsync_NoCover_FailsBeforeSending()
    {
        using var fixture = new ZaloApiFixture(new() { ["Channels:Zalo:DefaultCoverUrl"] = null });
        var context = new PublishContext(SocialTestArticles.Create(), null, new Dictionary<string, PublishResult>());

        var result = await fixture.Channel.PublishAsync(context, Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Contains("ảnh bìa", result.Error, StringComparison.Ordinal);
        Assert.Empty(fixture.Zalo.Service.Requests);
    }

    [Fact]
    public async Task PublishAsync_AccessTokenRevoked_RefreshesAndRetriesOnce()
    {
        using var fixture = new ZaloApiFixture();
        await fixture.Tokens.GetAccessTokenAsync(null, Ct);
        fixture.Zalo.RevokeAccessTokens();

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal(2, fixture.Zalo.RefreshCalls);
        Assert.Equal(2, fixture.Zalo.Count("POST", "/article/create")); // refused with -216, then accepted
        Assert.Single(fixture.Zalo.Articles);
    }

    [Fact]
    public async Task PublishAsync_TokenRefusedEvenAfterRefresh_FailsWithReauthorizeAdvice()
    {
        using var fixture = new ZaloApiFixture();
        fixture.Zalo.Intercept = r => r.Path == "/v2.0/article/create" ? Envelope(-220, "access_token is expired or removed") : null;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Null(result.RetryAfter);
        Assert.Contains("cấp quyền lại", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, fixture.Zalo.Count("POST", "/article/create"));
    }

    [Theory]
    [InlineData(-32, true)]
    [InlineData(-100, true)]
    [InlineData(-201, false)]
    [InlineData(-204, false)]
    [InlineData(-212, false)]
    [InlineData(-221, false)]
    [InlineData(-248, false)]
    public async Task PublishAsync_ZaloErrorEnvelopeWithHttp200_MapsToRetryOrPermanent(int code, bool retryLater)
    {
        using var fixture = new ZaloApiFixture();
        fixture.Zalo.Intercept = r => r.Path == "/v2.0/article/create" ? Envelope(code, "error from Zalo") : null;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Equal(retryLater, result.RetryAfter is not null);
        Assert.Contains($"[Zalo {code}: error from Zalo]", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, fixture.Zalo.Count("POST", "/article/create"));
        Assert.Empty(fixture.Zalo.Articles);
    }

    [Fact]
    public async Task PublishAsync_UnknownZaloCode_FailsShowingCodeAndMessage()
    {
        using var fixture = new ZaloApiFixture();
        fixture.Zalo.Intercept = r => r.Path == "/v2.0/article/create" ? Envelope(-9999, "Something new") : null;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Contains("[Zalo -9999: Something new]", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_ImageNotFetchedAtVerify_RetryOnceThenPermanent()
    {
        using var fixture = new ZaloApiFixture();
        fixture.Zalo.Intercept = r => r.Path == "/v2.0/article/verify" ? Envelope(-200, "Upload media failed") : null;

        var first = await fixture.Channel.PublishAsync(Context(), Ct);
        var second = await fixture.Channel.PublishAsync(Context(Entry(lastError: first.Error)), Ct);

        Assert.Equal(PublishOutcome.Failed, first.Outcome);
        Assert.NotNull(first.RetryAfter);
        Assert.Equal(PublishOutcome.Failed, second.Outcome);
        Assert.Null(second.RetryAfter);
        Assert.Contains("sửa hoặc thay ảnh", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_VerifyNeverCompletes_UnknownThenReconcileFindsIt()
    {
        using var fixture = new ZaloApiFixture(new() { ["Channels:Zalo:VerifyTimeout"] = "00:00:02", ["Channels:Zalo:VerifyPollInterval"] = "00:00:00.200" });
        fixture.Zalo.VerifyPendingPolls = int.MaxValue;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);
        var reconciled = await fixture.Channel.ReconcileAsync(Context(Entry()), Ct);

        Assert.Equal(PublishOutcome.Unknown, result.Outcome);
        Assert.True(reconciled.Found);
        Assert.Equal(fixture.Zalo.Articles[0].Id, reconciled.RemoteId);
    }

    [Fact]
    public async Task PublishAsync_TimeoutAfterZaloRecordedTheArticle_ExactlyOneArticleAfterReconcile()
    {
        // The token first, with the default timeouts, then a restart with a short one: a refresh cut short by a
        // loaded machine would spend Zalo's single-use refresh token (the channel then stops, as it must).
        using var fixture = new ZaloApiFixture();
        await fixture.Tokens.GetAccessTokenAsync(null, Ct);
        fixture.Start(new() { ["Channels:Zalo:AttemptTimeout"] = "00:00:02", ["Channels:Zalo:TotalTimeout"] = "00:00:10" });
        await fixture.Tokens.GetAccessTokenAsync(null, Ct); // from the token file: no refresh
        Assert.Equal(1, fixture.Zalo.Count("POST", "/v4/oa/access_token"));
        fixture.Zalo.CreateDelay = TimeSpan.FromSeconds(6);
        var context = Context();

        var result = await fixture.Channel.PublishAsync(context, Ct);
        fixture.Zalo.CreateDelay = TimeSpan.Zero;

        // What the publisher does with an unknown outcome: reconcile; publish again only if certainly not found.
        var reconciled = await fixture.Channel.ReconcileAsync(Context(Entry()), Ct);
        if (!reconciled.Found && reconciled.Certain)
        {
            await fixture.Channel.PublishAsync(context, Ct);
        }

        Assert.Equal(PublishOutcome.Unknown, result.Outcome);
        Assert.True(reconciled.Found);
        Assert.Single(fixture.Zalo.Articles);
        Assert.Equal(1, fixture.Zalo.Count("POST", "/article/create")); // never retried
    }

    [Fact]
    public async Task PublishAsync_ServerErrorOnCreate_UnknownAndNotRetried()
    {
        using var fixture = new ZaloApiFixture();
        fixture.Zalo.Intercept = r => r.Path == "/v2.0/article/create" ? new FakeResponse(503, "<html>Service Unavailable</html>") : null;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Unknown, result.Outcome);
        Assert.Equal(1, fixture.Zalo.Count("POST", "/article/create"));
    }

    [Fact]
    public async Task PublishAsync_NonJson200OnCreate_Unknown()
    {
        using var fixture = new ZaloApiFixture();
        fixture.Zalo.Intercept = r => r.Path == "/v2.0/article/create" ? new FakeResponse(200, "OK but not JSON") : null;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Unknown, result.Outcome);
    }

    [Fact]
    public async Task PublishAsync_EnvelopeWithoutProgressToken_Unknown()
    {
        using var fixture = new ZaloApiFixture();
        fixture.Zalo.Intercept = r => r.Path == "/v2.0/article/create" ? FakeResponse.Json(new { error = 0, message = "Success", data = new { } }) : null;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Unknown, result.Outcome);
    }

    [Fact]
    public async Task PublishAsync_GatewayRefused4xxNonJson_FailedRetryLater()
    {
        using var fixture = new ZaloApiFixture();
        fixture.Zalo.Intercept = r => r.Path == "/v2.0/article/create" ? new FakeResponse(403, "<html>Forbidden</html>") : null;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.NotNull(result.RetryAfter);
    }

    [Fact]
    public async Task PublishAsync_ZaloUnreachable_FailedRetryLaterNothingSent()
    {
        string closed;
        using (var stopped = new FakeService(_ => new FakeResponse(200, "{}")))
        {
            closed = stopped.Url;
        }

        using var fixture = new ZaloApiFixture(new() { ["Channels:Zalo:OpenApiBaseUrl"] = closed, ["Channels:Zalo:OAuthBaseUrl"] = closed });

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.NotNull(result.RetryAfter);
    }

    [Fact]
    public async Task PublishAsync_EditedAfterPublication_UpdatesSameArticle()
    {
        using var fixture = new ZaloApiFixture();
        var first = await fixture.Channel.PublishAsync(Context(), Ct);

        var second = await fixture.Channel.PublishAsync(Context(Entry(first.RemoteId, publishedHash: "old"), title: "Hướng dẫn mới"), Ct);

        Assert.True(fixture.Channel.CanUpdate);
        Assert.Equal(PublishOutcome.Published, second.Outcome);
        Assert.Equal(first.RemoteId, second.RemoteId);
        Assert.Equal("Hướng dẫn mới", Assert.Single(fixture.Zalo.Articles).Title);
        Assert.Equal(1, fixture.Zalo.Count("POST", "/article/update"));
    }

    [Fact]
    public async Task PublishAsync_PreviouslyInOutbox_CreatesOnZalo()
    {
        using var fixture = new ZaloApiFixture();

        var result = await fixture.Channel.PublishAsync(Context(Entry("2026-03-02_2026-huong-dan-dvc_01234567.json", publishedHash: "old")), Ct);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal(1, fixture.Zalo.Count("POST", "/article/create"));
        Assert.Equal(0, fixture.Zalo.Count("POST", "/article/update"));
    }

    [Fact]
    public async Task PublishAsync_BroadcastEnabled_OncePerDay()
    {
        using var fixture = new ZaloApiFixture(new() { ["Channels:Zalo:Broadcast"] = "true", ["Channels:Zalo:BroadcastAges"] = "2,3,4" });

        await fixture.Channel.PublishAsync(Context(), Ct);
        await fixture.Channel.PublishAsync(Context(id: "2026/bai-hai", title: "Bài hai"), Ct);

        var broadcast = Assert.Single(fixture.Zalo.Broadcasts);
        Assert.Equal(fixture.Zalo.Articles[0].Id, broadcast.GetProperty("message").GetProperty("attachment").GetProperty("payload").GetProperty("elements")[0].GetProperty("attachment_id").GetString());
        Assert.Equal("2,3,4", broadcast.GetProperty("recipient").GetProperty("target").GetProperty("ages").GetString());
        Assert.Equal(2, fixture.Zalo.Articles.Count);
    }

    [Fact]
    public async Task PublishAsync_BroadcastFails_ArticleStillPublished()
    {
        using var fixture = new ZaloApiFixture(new() { ["Channels:Zalo:Broadcast"] = "true" });
        fixture.Zalo.Intercept = r => r.Path == "/v2.0/oa/message" ? Envelope(-211, "Out of quota") : null;

        var result = await fixture.Channel.PublishAsync(Context(), Ct);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
    }

    [Fact]
    public async Task ReconcileAsync_NothingOnZalo_NotFoundCertain()
    {
        using var fixture = new ZaloApiFixture();

        var result = await fixture.Channel.ReconcileAsync(Context(Entry()), Ct);

        Assert.False(result.Found);
        Assert.True(result.Certain);
    }

    [Fact]
    public async Task ReconcileAsync_SameTitleLastMonth_NotMatched()
    {
        using var fixture = new ZaloApiFixture();
        fixture.Zalo.AddExisting("Hướng dẫn nộp hồ sơ trực tuyến", DateTimeOffset.UtcNow.AddDays(-30));

        var result = await fixture.Channel.ReconcileAsync(Context(Entry()), Ct);

        Assert.False(result.Found);
    }

    [Fact]
    public async Task ReconcileAsync_ArticleOnSecondPage_Found()
    {
        using var fixture = new ZaloApiFixture();
        await fixture.Channel.PublishAsync(Context(), Ct);
        for (var i = 0; i < 12; i++)
        {
            fixture.Zalo.AddExisting("Bài khác " + i, DateTimeOffset.UtcNow.AddMinutes(1 + i));
        }

        var result = await fixture.Channel.ReconcileAsync(Context(Entry()), Ct);

        Assert.True(result.Found);
        Assert.Equal(2, fixture.Zalo.Count("GET", "/article/getslice"));
    }

    [Fact]
    public async Task ReconcileAsync_ErrorEnvelope_CouldNotCheck()
    {
        using var fixture = new ZaloApiFixture();
        fixture.Zalo.Intercept = r => r.Path == "/v2.0/article/getslice" ? Envelope(-32, "exceed limit") : null;

        var result = await fixture.Channel.ReconcileAsync(Context(Entry()), Ct);

        Assert.False(result.Found);
        Assert.False(result.Certain);
        Assert.Contains("-32", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"error":0,"message":"Success","data":"unexpected"}""")]
    [InlineData("""{"error":0,"message":"Success","data":{"medias":"none","total":3}}""")]
    [InlineData("""{"error":"zero"}""")]
    [InlineData("""<html>maintenance</html>""")]
    public async Task ReconcileAsync_MalformedList_CouldNotCheck(string body)
    {
        using var fixture = new ZaloApiFixture();
        fixture.Zalo.Intercept = r => r.Path == "/v2.0/article/getslice" ? new FakeResponse(200, body) : null;

        var result = await fixture.Channel.ReconcileAsync(Context(Entry()), Ct);

        Assert.False(result.Found);
        Assert.False(result.Certain);
    }

    [Fact]
    public async Task ReconcileAsync_EmptyOaWithoutMedias_NotFoundCertain()
    {
        using var fixture = new ZaloApiFixture();
        fixture.Zalo.Intercept = r => r.Path == "/v2.0/article/getslice" ? FakeResponse.Json(new { error = 0, message = "Success", data = new { total = 0 } }) : null;

        var result = await fixture.Channel.ReconcileAsync(Context(Entry()), Ct);

        Assert.True(result.Certain);
        Assert.False(result.Found);
    }

    [Fact]
    public async Task ReconcileAsync_TransientServerErrorOnGet_RetriedAndChecked()
    {
        using var fixture = new ZaloApiFixture();
        var failures = 1;
        fixture.Zalo.Intercept = r => r.Path == "/v2.0/article/getslice" && failures-- > 0 ? new FakeResponse(503, "busy") : null;

        var result = await fixture.Channel.ReconcileAsync(Context(Entry()), Ct);

        Assert.True(result.Certain);
        Assert.Equal(2, fixture.Zalo.Count("GET", "/article/getslice"));
    }

    [Fact]
    public async Task CheckAsync_Api_ReportsOaNameInVietnamese()
    {
        using var fixture = new ZaloApiFixture();

        var result = await fixture.Check.CheckAsync(Ct);

        Assert.True(result.Ok, result.Message);
        Assert.Equal("API", result.Mode);
        Assert.Contains(FakeZalo.OaName, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_RefreshTokenRejected_NotOkWithAdvice()
    {
        using var fixture = new ZaloApiFixture(new() { ["Channels:Zalo:RefreshToken"] = "rt-never-issued" });

        var result = await fixture.Check.CheckAsync(Ct);

        Assert.False(result.Ok);
        Assert.Contains("cấp quyền lại", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllFlows_TokensAndSecrets_NeverInLogsOrFilesOrResults()
    {
        using var fixture = new ZaloApiFixture(new() { ["Channels:Zalo:Broadcast"] = "true" });
        var results = new List<string?>();
        results.Add((await fixture.Channel.PublishAsync(Context(), Ct)).Error);
        fixture.Zalo.RevokeAccessTokens();
        results.Add((await fixture.Channel.PublishAsync(Context(id: "2026/b", title: "Bài B"), Ct)).Error);
        fixture.Zalo.Intercept = r => r.Path == "/v2.0/article/create" ? Envelope(-216, "Access token is invalid") : null;
        results.Add((await fixture.Channel.PublishAsync(Context(id: "2026/c", title: "Bài C"), Ct)).Error);
        results.Add((await fixture.Channel.ReconcileAsync(Context(Entry()), Ct)).Error);
        results.Add((await fixture.Check.CheckAsync(Ct)).Message);

        SecretScan.AssertLogsClean(fixture.Logs, fixture.Zalo.Secrets);
        SecretScan.AssertFilesClean(fixture.Data.Path, fixture.Zalo.Secrets, "zalo-oa-token.json");
        foreach (var text in results)
        {
            SecretScan.AssertClean(text, fixture.Zalo.Secrets);
        }
    }

    [Fact]
    public async Task WithdrawAsync_PublishedArticle_RemovedFromTheOa_SaysBroadcastsStay()
    {
        using var fixture = new ZaloApiFixture();
        var published = await fixture.Channel.PublishAsync(Context(), Ct);
        var entry = Entry(remoteId: published.RemoteId) with { State = PublicationState.Published };

        var result = await fixture.Channel.WithdrawAsync(new WithdrawContext(entry, null), Ct);

        Assert.Equal(WithdrawOutcome.Withdrawn, result.Outcome);
        Assert.Empty(fixture.Zalo.Articles);
        Assert.Contains("không thu hồi được", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawAsync_OaRefuses_FailedWithVietnameseExplanation()
    {
        using var fixture = new ZaloApiFixture();
        var entry = Entry(remoteId: "khong-ton-tai") with { State = PublicationState.Published };

        var result = await fixture.Channel.WithdrawAsync(new WithdrawContext(entry, null), Ct);

        Assert.Equal(WithdrawOutcome.Failed, result.Outcome);
        Assert.Contains("Zalo OA", result.Message, StringComparison.Ordinal);
    }
}
