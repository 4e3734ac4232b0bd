using System.Text.Json;
using CchcPublisher.UnitTests.Channels.Http;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.UnitTests.Channels.Zalo;

public sealed class ZaloTokenProviderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string StoredRefreshToken(ZaloApiFixture fixture) =>
        JsonDocument.Parse(File.ReadAllText(fixture.TokenFile)).RootElement.GetProperty("refresh_token").GetString()!;

    [Fact]
    public async Task GetAccessToken_FirstUse_RefreshesFromSeedAndPersistsRotatedToken()
    {
        using var fixture = new ZaloApiFixture();

        var token = await fixture.Tokens.GetAccessTokenAsync(null, Ct);

        Assert.True(token.Ok, token.Error);
        Assert.Equal(1, fixture.Zalo.RefreshCalls);
        var stored = StoredRefreshToken(fixture);
        Assert.StartsWith("rt-1-", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeZalo.SeedRefreshToken, File.ReadAllText(fixture.TokenFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessToken_OnUnix_TokenFileIsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes only; on Windows the data folder's ACL applies.");
        }

        using var fixture = new ZaloApiFixture();

        await fixture.Tokens.GetAccessTokenAsync(null, Ct);

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(fixture.TokenFile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(fixture.TokenFile)!));
        }
    }

    [Fact]
    public async Task GetAccessToken_ValidToken_NoSecondRefresh()
    {
        using var fixture = new ZaloApiFixture();

        var first = await fixture.Tokens.GetAccessTokenAsync(null, Ct);
        var second = await fixture.Tokens.GetAccessTokenAsync(null, Ct);

        Assert.Equal(first.AccessToken, second.AccessToken);
        Assert.Equal(1, fixture.Zalo.RefreshCalls);
    }

    [Fact]
    public async Task GetAccessToken_AfterRestart_UsesStoredTokenNotTheUsedSeed()
    {
        using var fixture = new ZaloApiFixture(new() { ["Channels:Zalo:TokenRefreshAhead"] = "20:00:00" }, new FakeTimeProvider(DateTimeOffset.UtcNow));
        await fixture.Tokens.GetAccessTokenAsync(null, Ct);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(6));

        // A restart six hours later: the access token is within the 20 h refresh window, so it refreshes again.
        fixture.Start(new() { ["Channels:Zalo:TokenRefreshAhead"] = "20:00:00" }, time);
        var token = await fixture.Tokens.GetAccessTokenAsync(null, Ct);

        Assert.True(token.Ok, token.Error);
        Assert.Equal(2, fixture.Zalo.RefreshCalls);
        Assert.StartsWith("rt-2-", StoredRefreshToken(fixture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessToken_NearExpiry_RefreshesAheadOfTime()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var fixture = new ZaloApiFixture(time: time);
        var first = await fixture.Tokens.GetAccessTokenAsync(null, Ct);

        time.Advance(TimeSpan.FromHours(23.5)); // 25 h token, 2 h ahead: refresh due
        var second = await fixture.Tokens.GetAccessTokenAsync(null, Ct);

        Assert.NotEqual(first.AccessToken, second.AccessToken);
        Assert.Equal(2, fixture.Zalo.RefreshCalls);
    }

    [Fact]
    public async Task GetAccessToken_SeedAlreadyUsedElsewhere_FailsWithReauthorizeAdviceAndNoToken()
    {
        using var fixture = new ZaloApiFixture();
        await fixture.Tokens.GetAccessTokenAsync(null, Ct);
        File.Delete(fixture.TokenFile); // the stored chain is lost: only the used seed remains
        fixture.Start();

        var token = await fixture.Tokens.GetAccessTokenAsync(null, Ct);

        Assert.False(token.Ok);
        Assert.Contains("cấp quyền lại", token.Error, StringComparison.Ordinal);
        Assert.Contains("-14014", token.Error, StringComparison.Ordinal);
        SecretScan.AssertClean(token.Error, fixture.Zalo.Secrets);
        SecretScan.AssertClean(token.ToString(), fixture.Zalo.Secrets);
    }

    [Fact]
    public async Task GetAccessToken_RefusedRefreshToken_StopsTheChannelAndNeverSendsTheDeadTokenAgain_UntilReauthorised()
    {
        using var fixture = new ZaloApiFixture();
        await fixture.Tokens.GetAccessTokenAsync(null, Ct);
        File.Delete(fixture.TokenFile); // only the used seed remains: Zalo answers -14014
        fixture.Start();

        var refused = await fixture.Tokens.GetAccessTokenAsync(null, Ct);
        var again = await fixture.Tokens.GetAccessTokenAsync(null, Ct);
        fixture.Start(); // a restart, or `channels check` in another process on the same data folder
        var afterRestart = await fixture.Tokens.GetAccessTokenAsync(null, Ct);

        Assert.False(refused.Ok);
        Assert.Contains("-14014", refused.Error, StringComparison.Ordinal);
        Assert.Contains("cấp quyền lại", refused.Error, StringComparison.Ordinal);
        Assert.False(again.Ok);
        Assert.False(afterRestart.Ok);
        Assert.Equal(refused.Error, afterRestart.Error);
        Assert.Equal(2, fixture.Zalo.RefreshCalls); // the first chain, then the dead seed once; never again

        fixture.Zalo.Authorize("rt-NEW-consent-cccccccc");
        fixture.Start(new() { ["Channels:Zalo:RefreshToken"] = "rt-NEW-consent-cccccccc" });
        var reauthorised = await fixture.Tokens.GetAccessTokenAsync(null, Ct);

        Assert.True(reauthorised.Ok, reauthorised.Error);
        Assert.Equal(3, fixture.Zalo.RefreshCalls);
    }

    [Fact]
    public async Task GetAccessToken_NewSeedConfigured_ReplacesStoredChain()
    {
        using var fixture = new ZaloApiFixture();
        await fixture.Tokens.GetAccessTokenAsync(null, Ct);
        fixture.Zalo.Authorize("rt-NEW-consent-bbbbbbbb");

        fixture.Start(new() { ["Channels:Zalo:RefreshToken"] = "rt-NEW-consent-bbbbbbbb" });
        fixture.Zalo.RevokeAccessTokens();
        var token = await fixture.Tokens.GetAccessTokenAsync(null, Ct);

        Assert.True(token.Ok, token.Error);
        Assert.Equal(2, fixture.Zalo.RefreshCalls);
        Assert.Equal("rt-NEW-consent-bbbbbbbb", fixture.Zalo.Service.Requests[^1].Form["refresh_token"]);
    }

    [Fact]
    public async Task GetAccessToken_RejectedToken_ForcesOneRefresh()
    {
        using var fixture = new ZaloApiFixture();
        var first = await fixture.Tokens.GetAccessTokenAsync(null, Ct);

        var second = await fixture.Tokens.GetAccessTokenAsync(first.AccessToken, Ct);

        Assert.True(second.Ok);
        Assert.NotEqual(first.AccessToken, second.AccessToken);
        Assert.Equal(2, fixture.Zalo.RefreshCalls);
    }

    [Fact]
    public async Task GetAccessToken_ManyCallersAtOnce_OneRefresh()
    {
        using var fixture = new ZaloApiFixture();
        var tokens = fixture.Tokens;

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => tokens.GetAccessTokenAsync(null, Ct), Ct)));

        Assert.All(results, r => Assert.True(r.Ok, r.Error));
        Assert.Single(results.Select(r => r.AccessToken).Distinct());
        Assert.Equal(1, fixture.Zalo.RefreshCalls);
    }

    [Fact]
    public async Task GetAccessToken_CannotSave_HandsOutNothingThenSavesBeforeUse()
    {
        using var fixture = new ZaloApiFixture();
        Directory.CreateDirectory(fixture.TokenFile); // a folder where the file must go: the move fails

        var blocked = await fixture.Tokens.GetAccessTokenAsync(null, Ct);

        Assert.False(blocked.Ok);
        Assert.Contains("Không lưu được", blocked.Error, StringComparison.Ordinal);
        Assert.Equal(1, fixture.Zalo.RefreshCalls);

        Directory.Delete(fixture.TokenFile);
        var token = await fixture.Tokens.GetAccessTokenAsync(null, Ct);

        Assert.True(token.Ok, token.Error);
        Assert.Equal(1, fixture.Zalo.RefreshCalls); // the rotated pair kept in memory was saved, not refreshed again
        Assert.StartsWith("rt-1-", StoredRefreshToken(fixture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessToken_ShutdownDuringRefresh_RotatedTokenStillSaved()
    {
        using var fixture = new ZaloApiFixture();
        fixture.Zalo.RefreshDelay = TimeSpan.FromSeconds(1);
        using var shutdown = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var pending = fixture.Tokens.GetAccessTokenAsync(null, shutdown.Token);

        await fixture.Zalo.Rotated.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct); // the refresh is on its way back
        await shutdown.CancelAsync();
        var token = await pending;

        Assert.True(token.Ok, token.Error);
        Assert.StartsWith("rt-1-", StoredRefreshToken(fixture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessToken_OAuthAnswersNonJson_FailsWithRetryAfter()
    {
        using var fixture = new ZaloApiFixture();
        fixture.Zalo.Intercept = r => r.Path == "/v4/oa/access_token" ? new FakeResponse(502, "<html>Bad gateway</html>") : null;

        var token = await fixture.Tokens.GetAccessTokenAsync(null, Ct);

        Assert.False(token.Ok);
        Assert.NotNull(token.RetryAfter);
    }

    [Fact]
    public async Task GetAccessToken_WrongAppSecret_FailsPermanently()
    {
        using var fixture = new ZaloApiFixture(new() { ["Channels:Zalo:AppSecret"] = "wrong" });

        var token = await fixture.Tokens.GetAccessTokenAsync(null, Ct);

        Assert.False(token.Ok);
        Assert.Null(token.RetryAfter);
        Assert.Contains("-14002", token.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessToken_OAuthUnreachable_FailsWithRetryAfter()
    {
        string closed;
        using (var stopped = new FakeService(_ => new FakeResponse(200, "{}")))
        {
            closed = stopped.Url;
        }

        using var fixture = new ZaloApiFixture(new() { ["Channels:Zalo:OAuthBaseUrl"] = closed });

        var token = await fixture.Tokens.GetAccessTokenAsync(null, Ct);

        Assert.False(token.Ok);
        Assert.NotNull(token.RetryAfter);
        Assert.Contains("Không kết nối được", token.Error, StringComparison.Ordinal);
    }
}
