using CchcPublisher.Approval;
using CchcPublisher.Content.Articles;
using CchcPublisher.Ledger;
using CchcPublisher.Publishing;
using CchcPublisher.UnitTests.TestSupport;

namespace CchcPublisher.UnitTests.Publishing;

public sealed class PublishRunnerApprovalTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly PipelineHarness _harness = new(Now);

    public PublishRunnerApprovalTests() => _harness.Approval.Required = true;

    public void Dispose() => _harness.Dispose();

    private ApprovalService Service() => new(_harness.Content, _harness.Ledger, _harness.Approvals, _harness.Time);

    [Fact]
    public async Task Run_ApprovalRequired_UnapprovedArticleWaitsWithVietnameseReason()
    {
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddHours(-1)));

        var result = await _harness.RunAsync();

        Assert.Empty(_harness.Website.Published);
        Assert.Empty(_harness.Zalo.Published);
        var waiting = result.Items.Where(r => r.Outcome == PublicationOutcome.Waiting).ToList();
        Assert.Equal(2, waiting.Count);
        Assert.All(waiting, r => Assert.StartsWith("Chờ duyệt", r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_ApprovalNotRequired_PublishesWithoutApproval()
    {
        _harness.Approval.Required = false;
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddHours(-1)));

        var result = await _harness.RunAsync();

        Assert.Equal(2, result.Count(PublicationOutcome.Published));
    }

    [Fact]
    public async Task Run_ApprovedVersion_IsPublished()
    {
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddHours(-1)));
        await _harness.Ledger.MigrateAsync(CancellationToken.None);
        Assert.Null((await Service().SubmitAsync("a", "btv", null, CancellationToken.None)).Error);
        Assert.Null((await Service().ApproveAsync("a", "lanhdao", null, CancellationToken.None)).Error);

        var result = await _harness.RunAsync();

        Assert.Equal(2, result.Count(PublicationOutcome.Published));
    }

    [Fact]
    public async Task Run_EditedAfterApproval_BackToWaitingAndNotPublishedUntilApprovedAgain()
    {
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddHours(-1)));
        Assert.Null((await Service().ApproveAsync("a", "lanhdao", null, CancellationToken.None)).Error);
        _harness.Content.Articles[0] = TestArticles.Create("a", Now.AddHours(-1), body: "Nội dung đã sửa sau khi duyệt.");

        var result = await _harness.RunAsync();

        Assert.Empty(_harness.Website.Published);
        Assert.Contains(result.Items, r => r.Outcome == PublicationOutcome.Waiting && r.Message!.Contains("sửa sau khi lãnh đạo duyệt", StringComparison.Ordinal));
        var latest = (await _harness.Approvals.LatestAsync(CancellationToken.None)).Single();
        Assert.Equal(ApprovalStatus.Submitted, ApprovalRules.Effective(latest, _harness.Content.Articles[0].ContentHash));

        Assert.Null((await Service().ApproveAsync("a", "lanhdao", null, CancellationToken.None)).Error);
        var again = await _harness.RunAsync();

        Assert.Equal(2, again.Count(PublicationOutcome.Published));
        Assert.Equal("Nội dung đã sửa sau khi duyệt.", Assert.Single(_harness.Website.Published).Article.Body);
    }

    [Fact]
    public async Task Run_PublishedThenEditedWithoutApproval_WebsiteIsNotUpdated()
    {
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddHours(-1)));
        await Service().ApproveAsync("a", "lanhdao", null, CancellationToken.None);
        await _harness.RunAsync();
        _harness.Content.Articles[0] = TestArticles.Create("a", Now.AddHours(-1), body: "Sửa lại.");

        await _harness.RunAsync();

        Assert.Single(_harness.Website.Published);
        Assert.Equal(PublicationState.Published, (await _harness.EntryAsync("a", "website")).State);
    }

    [Fact]
    public async Task Run_ReturnedArticle_WaitsWithTheComment()
    {
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddHours(-1)));
        await Service().SubmitAsync("a", "btv", null, CancellationToken.None);
        await Service().ReturnAsync("a", "lanhdao", "Sửa số liệu quý III", CancellationToken.None);

        var result = await _harness.RunAsync();

        Assert.Empty(_harness.Website.Published);
        Assert.Contains(result.Items, r => r.Message is { } m && m.Contains("Sửa số liệu quý III", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Preview_FutureUnapprovedArticle_IsScheduledWithReason()
    {
        _harness.Content.Articles.Add(TestArticles.Create("later", Now.AddDays(2)));

        var (_, plan) = await _harness.CreateRunner().PreviewAsync(new PublishRequest(), CancellationToken.None);

        Assert.All(plan, i => Assert.Equal(PlannedAction.Schedule, i.Action));
        Assert.All(plan, i => Assert.StartsWith("Chờ duyệt: bài chưa được gửi duyệt", i.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_DraftStatusArticle_StillNeverPublishedEvenWhenApproved()
    {
        _harness.Content.Articles.Add(TestArticles.Create("d", Now.AddHours(-1), status: ArticleStatus.Draft));
        Assert.Null((await Service().ApproveAsync("d", "lanhdao", null, CancellationToken.None)).Error);

        await _harness.RunAsync();

        Assert.Empty(_harness.Website.Published);
    }
}
