using CchcPublisher.Approval;
using CchcPublisher.Ledger;
using CchcPublisher.Publishing;
using CchcPublisher.UnitTests.TestSupport;

namespace CchcPublisher.UnitTests.Approval;

/// <summary>
/// With <c>Approval:Required</c>, only a version a leader approved is published; an edit after approval holds the
/// new version (the one already out stays out) until it is approved again. Without it, nothing changes.
/// </summary>
public sealed class ApprovalGateTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly PipelineHarness _harness = new(Now);

    public ApprovalGateTests() => _harness.Approval.Required = true;

    public void Dispose() => _harness.Dispose();

    private async Task DecideAsync(string article, string hash, ApprovalDecision decision, string? comment = null)
    {
        await _harness.Ledger.MigrateAsync(CancellationToken.None);
        await _harness.Ledger.AddAsync(new ApprovalRecord(article, hash, decision, "lanhdao", _harness.Time.GetUtcNow(), comment), CancellationToken.None);
    }

    [Fact]
    public async Task NotApproved_Waits_ThenApproved_IsPublished()
    {
        var article = TestArticles.Create("a", Now.AddHours(-1), channels: ["website"]);
        _harness.Content.Articles.Add(article);

        var held = await _harness.RunAsync();
        await DecideAsync("a", article.ContentHash, ApprovalDecision.Submitted);
        var stillHeld = await _harness.RunAsync();
        await DecideAsync("a", article.ContentHash, ApprovalDecision.Approved);
        var published = await _harness.RunAsync();

        var wait = Assert.Single(held.Items);
        Assert.Equal(PublicationOutcome.Waiting, wait.Outcome);
        Assert.Contains("Chưa gửi duyệt", wait.Message, StringComparison.Ordinal);
        Assert.Contains("Chờ lãnh đạo duyệt", Assert.Single(stillHeld.Items).Message, StringComparison.Ordinal);
        Assert.Equal(PublicationOutcome.Published, Assert.Single(published.Items).Outcome);
        Assert.Single(_harness.Website.Published);
    }

    [Fact]
    public async Task EditAfterApproval_NewVersionWaits_PublishedVersionStaysOut()
    {
        var article = TestArticles.Create("a", Now.AddHours(-1), channels: ["website"]);
        _harness.Content.Articles.Add(article);
        await DecideAsync("a", article.ContentHash, ApprovalDecision.Approved);
        await _harness.RunAsync();
        _harness.Content.Replace(article with { ContentHash = "edited", Body = "Nội dung đã sửa." });

        var held = await _harness.RunAsync();
        await DecideAsync("a", "edited", ApprovalDecision.Approved);
        var updated = await _harness.RunAsync();

        var wait = Assert.Single(held.Items, i => i.Channel == "website");
        Assert.Equal(PublicationOutcome.Waiting, wait.Outcome);
        Assert.Contains("Chờ duyệt lại", wait.Message, StringComparison.Ordinal);
        Assert.Empty(_harness.Website.Withdrawn);
        Assert.Equal(PublicationState.Published, (await _harness.EntryAsync("a", "website")).State);
        Assert.Contains(updated.Items, i => i.Channel == "website" && i.Outcome is PublicationOutcome.Updated or PublicationOutcome.Published);
    }

    [Fact]
    public async Task Returned_WaitsWithTheLeadersComment()
    {
        var article = TestArticles.Create("a", Now.AddHours(-1), channels: ["website"]);
        _harness.Content.Articles.Add(article);
        await DecideAsync("a", article.ContentHash, ApprovalDecision.Returned, "Thiếu giờ làm việc của bộ phận một cửa");

        var result = await _harness.RunAsync();

        Assert.Contains("Thiếu giờ làm việc", Assert.Single(result.Items).Message, StringComparison.Ordinal);
        Assert.Empty(_harness.Website.Published);
    }

    [Fact]
    public async Task ApprovalNotRequired_PublishedWithoutAnyApproval()
    {
        _harness.Approval.Required = false;
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddHours(-1), channels: ["website"]));

        var result = await _harness.RunAsync();

        Assert.Equal(PublicationOutcome.Published, Assert.Single(result.Items).Outcome);
    }

    [Fact]
    public async Task ApprovedVersionOnly_AnotherArticleUnaffected()
    {
        var a = TestArticles.Create("a", Now.AddHours(-1), channels: ["website"]);
        var b = TestArticles.Create("b", Now.AddHours(-1), channels: ["website"]);
        _harness.Content.Articles.Add(a);
        _harness.Content.Articles.Add(b);
        await DecideAsync("a", "some-older-version", ApprovalDecision.Approved);
        await DecideAsync("b", b.ContentHash, ApprovalDecision.Approved);

        var result = await _harness.RunAsync();

        Assert.Equal(PublicationOutcome.Waiting, Assert.Single(result.Items, i => i.ArticleId == "a").Outcome);
        Assert.Equal(PublicationOutcome.Published, Assert.Single(result.Items, i => i.ArticleId == "b").Outcome);
    }
}
