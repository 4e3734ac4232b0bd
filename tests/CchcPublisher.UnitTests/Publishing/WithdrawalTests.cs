using CchcPublisher.Channels;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Ledger;
using CchcPublisher.Publishing;
using CchcPublisher.UnitTests.TestSupport;

namespace CchcPublisher.UnitTests.Publishing;

/// <summary>
/// The website follows the content folder: a published article whose file is removed or made a draft comes off the
/// website (and anything prepared for a manual post or a broadcast is withdrawn); Zalo and Facebook posts stay.
/// </summary>
public sealed class WithdrawalTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly PipelineHarness _harness = new(Now);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task RemovedFile_PublishedArticle_WithdrawnFromWebsiteOnly_AndRecorded()
    {
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddHours(-1)));
        _harness.Content.Articles.Add(TestArticles.Create("keep", Now.AddHours(-1)));
        await _harness.RunAsync();
        _harness.Content.Articles.RemoveAll(a => a.Id == "a");

        var result = await _harness.RunAsync();

        var report = Assert.Single(result.Items, i => i.Outcome == PublicationOutcome.Withdrawn);
        Assert.Equal(("a", "website"), (report.ArticleId, report.Channel));
        Assert.Equal("a", Assert.Single(_harness.Website.Withdrawn).ArticleId);
        Assert.Empty(_harness.Zalo.Withdrawn);
        var entry = await _harness.EntryAsync("a", "website");
        Assert.Equal(PublicationState.Withdrawn, entry.State);
        Assert.Null(entry.RemoteUrl);
        Assert.Equal(PublicationState.Published, (await _harness.EntryAsync("a", "zalo")).State);
        Assert.Empty((await _harness.RunAsync()).Notable); // withdrawn once, not again
    }

    [Fact]
    public async Task Draft_PublishedArticle_Withdrawn_ThenBackAsReady_PublishedAgainAtOnce()
    {
        var article = TestArticles.Create("a", Now.AddHours(-1), channels: ["website"]);
        _harness.Content.Articles.Add(article);
        await _harness.RunAsync();
        _harness.Content.Replace(article with { Status = ArticleStatus.Draft, ContentHash = "draft-version" });

        var withdrawn = await _harness.RunAsync();
        _harness.Time.Advance(TimeSpan.FromDays(10)); // far beyond the catch-up window of its publish_at
        _harness.Content.Replace(article with { ContentHash = "ready-again" });
        var back = await _harness.RunAsync();

        Assert.Equal(PublicationOutcome.Withdrawn, Assert.Single(withdrawn.Items).Outcome);
        Assert.Equal(PublicationOutcome.Published, Assert.Single(back.Items).Outcome);
        Assert.Equal(2, _harness.Website.Published.Count);
    }

    [Fact]
    public async Task BrokenFile_OrEmptyContentFolder_NeverWithdraws()
    {
        var article = TestArticles.Create("a", Now.AddHours(-1), channels: ["website"]);
        _harness.Content.Articles.Add(article);
        await _harness.RunAsync();

        _harness.Content.Articles.Clear(); // e.g. the content folder on an unplugged drive
        var empty = await _harness.RunAsync();
        _harness.Content.Articles.Add(TestArticles.Create("other", Now.AddDays(5), channels: ["website"]));
        _harness.Content.Diagnostics.Add(new Diagnostic(article.SourcePath, 2, 1, DiagnosticSeverity.Error, "CCHC101", "Thiếu tiêu đề"));
        var broken = await _harness.RunAsync();

        Assert.DoesNotContain(empty.Items, i => i.Outcome == PublicationOutcome.Withdrawn);
        Assert.DoesNotContain(broken.Items, i => i.Outcome == PublicationOutcome.Withdrawn);
        Assert.Empty(_harness.Website.Withdrawn);
        Assert.Equal(PublicationState.Published, (await _harness.EntryAsync("a", "website")).State);
    }

    [Fact]
    public async Task RemovedFile_PreparedForManualPost_WithdrawnOnThatChannel()
    {
        _harness.Zalo.Respond = c => PublishResult.AwaitingManual($"2026-11-23_{c.Article.Id}.json");
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddHours(-1)));
        await _harness.RunAsync();
        _harness.Content.Articles.Add(TestArticles.Create("other", Now.AddDays(5)));
        _harness.Content.Articles.RemoveAll(a => a.Id == "a");

        await _harness.RunAsync();

        Assert.Equal("a", Assert.Single(_harness.Zalo.Withdrawn).ArticleId);
        Assert.Equal(PublicationState.Withdrawn, (await _harness.EntryAsync("a", "zalo")).State);
    }

    [Fact]
    public async Task WithdrawalFails_PublicationStaysRecorded_AndIsTriedAgainNextRun()
    {
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddHours(-1), channels: ["website"]));
        _harness.Content.Articles.Add(TestArticles.Create("other", Now.AddDays(5), channels: ["website"]));
        await _harness.RunAsync();
        _harness.Content.Articles.RemoveAll(a => a.Id == "a");
        _harness.Website.RespondToWithdraw = _ => WithdrawResult.Failed("Máy chủ WordPress gặp lỗi (HTTP 503).");

        var failed = await _harness.RunAsync();
        _harness.Website.RespondToWithdraw = null;
        var retried = await _harness.RunAsync();

        Assert.Contains(failed.Items, i => i.ArticleId == "a" && i.Outcome == PublicationOutcome.Failed);
        Assert.Contains(retried.Items, i => i.ArticleId == "a" && i.Outcome == PublicationOutcome.Withdrawn);
        Assert.Equal(2, _harness.Website.Withdrawn.Count);
    }

    [Fact]
    public async Task Unpublish_ByRequest_StaysOffWhileUnchanged_BackWhenAskedById()
    {
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddHours(-1)));
        _harness.Content.Articles.Add(TestArticles.Create("later", Now.AddDays(3)));
        await _harness.RunAsync();
        _harness.Zalo.RespondToWithdraw = _ => WithdrawResult.NotPossible("Hãy gỡ bài trên Zalo OA.");
        var withdrawal = _harness.CreateWithdrawal();

        var reports = await withdrawal.WithdrawAsync("a", null, TestContext.Current.CancellationToken);
        var scheduled = await withdrawal.WithdrawAsync("later", "website", TestContext.Current.CancellationToken);
        var next = await _harness.RunAsync();
        _harness.Time.Advance(TimeSpan.FromDays(4));
        var afterDue = await _harness.RunAsync();
        var asked = await _harness.RunAsync(article: "a");

        Assert.NotNull(reports);
        Assert.Equal(PublicationOutcome.Withdrawn, Assert.Single(reports, r => r.Channel == "website").Outcome);
        Assert.Equal(PublicationOutcome.StillOnChannel, Assert.Single(reports, r => r.Channel == "zalo").Outcome);
        Assert.Equal(PublicationState.Published, (await _harness.EntryAsync("a", "zalo")).State);
        Assert.Equal(PublicationOutcome.Withdrawn, Assert.Single(scheduled!).Outcome);
        Assert.Empty(next.Notable);
        Assert.DoesNotContain(afterDue.Items, i => i is { ArticleId: "later", Channel: "website", Outcome: PublicationOutcome.Published });
        Assert.Contains(afterDue.Items, i => i is { ArticleId: "later", Channel: "zalo", Outcome: PublicationOutcome.Published });
        Assert.Contains(asked.Items, i => i is { ArticleId: "a", Channel: "website", Outcome: PublicationOutcome.Published });
        Assert.Null(await withdrawal.WithdrawAsync("khong-co", null, TestContext.Current.CancellationToken));
    }
}
