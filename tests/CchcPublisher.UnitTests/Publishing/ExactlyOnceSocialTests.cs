using CchcPublisher.Content.Articles;
using CchcPublisher.Ledger;
using CchcPublisher.UnitTests.Channels.Facebook;
using CchcPublisher.UnitTests.Channels.Zalo;
using CchcPublisher.UnitTests.TestSupport;

namespace CchcPublisher.UnitTests.Publishing;

/// <summary>
/// The whole publishing pipeline (planner, ledger, publisher) with the real Zalo and Facebook channels against
/// WireMock fakes that follow the documented contracts: an unknown outcome must end with exactly one post, whatever
/// the official edits meanwhile and however long the service stays unreachable.
/// </summary>
public sealed class ExactlyOnceSocialTests : IDisposable
{
    private static readonly TimeSpan BetweenRuns = TimeSpan.FromHours(7); // past any retry back-off

    // One fixed clock for the pipeline and the fakes (they date posts with it), whatever day the test runs.
    private readonly PipelineHarness _harness = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(7)));

    public ExactlyOnceSocialTests()
    {
        _harness.Options.CatchUpWindow = TimeSpan.FromDays(30);
        _harness.Channels.Clear();
    }

    [Fact]
    public async Task Zalo_UnknownOutcomeThenTitleEdited_EndsWithOneArticle()
    {
        using var fixture = new ZaloApiFixture(VerifyNeverCompletes);
        fixture.Zalo.Clock = _harness.Time;
        _harness.Channels.Add(fixture.Channel);
        fixture.Zalo.VerifyPendingPolls = int.MaxValue;
        var article = Add("a", "zalo");

        await _harness.RunAsync();
        Assert.Equal(PublicationState.Unknown, (await _harness.EntryAsync("a", "zalo")).State);

        EditTitle(article, "Bài a (đã sửa tiêu đề)");
        _harness.Time.Advance(BetweenRuns);
        await _harness.RunAsync();
        _harness.Time.Advance(BetweenRuns);
        await _harness.RunAsync();

        Assert.Single(fixture.Zalo.Articles);
        Assert.Equal(PublicationState.Published, (await _harness.EntryAsync("a", "zalo")).State);
    }

    [Fact]
    public async Task Zalo_OutageLongerThanTheReconcileWindowThenRetry_EndsWithOneArticle()
    {
        using var fixture = new ZaloApiFixture(VerifyNeverCompletes);
        fixture.Zalo.Clock = _harness.Time;
        _harness.Channels.Add(fixture.Channel);
        fixture.Zalo.VerifyPendingPolls = int.MaxValue;
        Add("a", "zalo");
        await _harness.RunAsync();

        // Zalo answers every list request with an error for longer than ReconcileWindow (2 days).
        fixture.Zalo.Intercept = r => r.Path == "/v2.0/article/getslice" ? Channels.Http.FakeResponse.Json(new { error = -32, message = "exceed limit" }) : null;
        for (var run = 0; run < 10; run++)
        {
            _harness.Time.Advance(BetweenRuns);
            await _harness.RunAsync();
        }

        Assert.Equal(PublicationState.Unknown, (await _harness.EntryAsync("a", "zalo")).State);
        fixture.Zalo.Intercept = null;
        _harness.Time.Advance(BetweenRuns);
        await _harness.RunAsync();

        Assert.Single(fixture.Zalo.Articles);
        Assert.Equal(PublicationState.Published, (await _harness.EntryAsync("a", "zalo")).State);
    }

    [Fact]
    public async Task Facebook_UnknownOutcomeThenTitleEdited_EndsWithOnePost()
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.Clock = _harness.Time;
        _harness.Channels.Add(fixture.Channel);
        LoseTheAnswerToTheFirstPost(fixture);
        var article = Add("a", "facebook");

        await _harness.RunAsync();
        Assert.Equal(PublicationState.Unknown, (await _harness.EntryAsync("a", "facebook")).State);

        EditTitle(article, "Bài a (đã sửa tiêu đề)");
        _harness.Time.Advance(BetweenRuns);
        await _harness.RunAsync();
        _harness.Time.Advance(BetweenRuns);
        await _harness.RunAsync();

        Assert.Single(fixture.Graph.Posts);
        Assert.Equal(PublicationState.Published, (await _harness.EntryAsync("a", "facebook")).State);
    }

    [Fact]
    public async Task Facebook_OutageLongerThanTheReconcileWindowThenRetry_EndsWithOnePost()
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.Clock = _harness.Time;
        _harness.Channels.Add(fixture.Channel);
        LoseTheAnswerToTheFirstPost(fixture);
        Add("a", "facebook");
        await _harness.RunAsync();

        fixture.Graph.Intercept = r => r.Method == "GET" ? FakeGraph.Error(4, message: "Application request limit reached") : null;
        for (var run = 0; run < 10; run++)
        {
            _harness.Time.Advance(BetweenRuns);
            await _harness.RunAsync();
        }

        Assert.Equal(PublicationState.Unknown, (await _harness.EntryAsync("a", "facebook")).State);
        fixture.Graph.Intercept = null;
        _harness.Time.Advance(BetweenRuns);
        await _harness.RunAsync();

        Assert.Single(fixture.Graph.Posts);
        Assert.Equal(PublicationState.Published, (await _harness.EntryAsync("a", "facebook")).State);
    }

    [Fact]
    public async Task Facebook_PostCarriesNoVisibleMarker()
    {
        using var fixture = new FacebookApiFixture();
        fixture.Graph.Clock = _harness.Time;
        _harness.Channels.Add(fixture.Channel);
        Add("a", "facebook");

        await _harness.RunAsync();

        Assert.DoesNotContain("#cchc_", Assert.Single(fixture.Graph.Posts).Message, StringComparison.Ordinal);
    }

    public void Dispose() => _harness.Dispose();

    private static Dictionary<string, string?> VerifyNeverCompletes => new()
    {
        ["Channels:Zalo:VerifyTimeout"] = "00:00:01",
        ["Channels:Zalo:VerifyPollInterval"] = "00:00:00.200",
    };

    /// <summary>The first POST reaches the Page, then Graph answers with code 2 (outcome unknown).</summary>
    private static void LoseTheAnswerToTheFirstPost(FacebookApiFixture fixture)
    {
        fixture.Graph.Intercept = r =>
        {
            if (r.Method != "POST")
            {
                return null;
            }

            fixture.Graph.AddPost(r.Json.GetProperty("message").GetString()!, fixture.Graph.Clock.GetUtcNow());
            fixture.Graph.Intercept = null;
            return FakeGraph.Error(2, message: "An unexpected error has occurred. Please retry your request later.", status: 500);
        };
    }

    private Article Add(string id, string channel)
    {
        var article = TestArticles.Create(id, _harness.Time.GetUtcNow().AddMinutes(-5), channels: [channel]);
        _harness.Content.Articles.Add(article);
        return article;
    }

    private void EditTitle(Article article, string title)
    {
        _harness.Content.Articles.Remove(article);
        _harness.Content.Articles.Add(article with { Title = title, ContentHash = article.ContentHash + "-edited" });
    }
}
