using CchcPublisher.Approval;
using CchcPublisher.Content;
using CchcPublisher.Ledger;
using CchcPublisher.Publishing;
using CchcPublisher.UnitTests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace CchcPublisher.UnitTests.Publishing;

/// <summary>
/// The worker keeps the default preview (what the queue, overview and calendar pages show) only while the content
/// generation, the ledger's change stamp and the clock give no reason to plan again.
/// </summary>
public sealed class PublishRunnerPreviewCacheTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);
    private readonly PipelineHarness _harness = new(Now);
    private readonly PublishRunner _runner;

    public PublishRunnerPreviewCacheTests()
    {
        _harness.Content.Generation = 7;
        _harness.Content.Articles.Add(TestArticles.Create("ngay-mai", publishAt: Now.AddHours(1), channels: ["website"]));
        _runner = _harness.CreateRunner(NullLogger<PublishRunner>.Instance, NullLogger<ChannelPublisher>.Instance, new ContentSnapshotCaching());
    }

    public void Dispose() => _harness.Dispose();

    private async Task<IReadOnlyList<PlannedItem>> PreviewAsync() => (await _runner.PreviewAsync(new PublishRequest(), CancellationToken.None)).Plan;

    [Fact]
    public async Task Preview_NothingChanged_PlannedOnce()
    {
        var first = await PreviewAsync();
        _harness.Time.Advance(TimeSpan.FromSeconds(5));

        Assert.Same(first, await PreviewAsync());
    }

    [Fact]
    public async Task Preview_LedgerWrittenByAnyConnection_PlannedAgain()
    {
        var first = await PreviewAsync();
        using (var other = new SqliteLedger(_harness.Ledger.DatabasePath, TimeSpan.FromSeconds(5)))
        {
            await other.SaveAsync(new LedgerEntry
            {
                ArticleId = "ngay-mai", Channel = "website", State = PublicationState.Published, ContentHash = "x", PublishedHash = "x",
                Title = "Bài ngay-mai", Categories = [], CreatedAt = Now, UpdatedAt = Now, PublishedAt = Now,
            }, CancellationToken.None);
        }

        var second = await PreviewAsync();

        Assert.NotSame(first, second);
        Assert.Contains(second, i => i.ArticleId == "ngay-mai" && i.Entry?.State == PublicationState.Published);
    }

    [Fact]
    public async Task Preview_ApprovalRecorded_PlannedAgain()
    {
        var first = await PreviewAsync();
        await _harness.Approvals.AddAsync(new ApprovalEvent("ngay-mai", "h", ApprovalStatus.Submitted, "bientapvien", Now), CancellationToken.None);

        Assert.NotSame(first, await PreviewAsync());
    }

    [Fact]
    public async Task Preview_ContentGenerationChanged_PlannedAgain()
    {
        var first = await PreviewAsync();
        _harness.Content.Generation = 8;

        Assert.NotSame(first, await PreviewAsync());
    }

    [Fact]
    public async Task Preview_ClockReachesADueTime_PlannedAgainAndNowDue()
    {
        var first = await PreviewAsync();
        Assert.Contains(first, i => i.ArticleId == "ngay-mai" && i.Action == PlannedAction.Schedule);
        _harness.Time.Advance(TimeSpan.FromMinutes(1)); // past the 30 s a preview is kept, still before the due time
        var second = await PreviewAsync();
        _harness.Time.Advance(TimeSpan.FromHours(1));
        var third = await PreviewAsync();

        Assert.NotSame(first, second);
        Assert.Contains(third, i => i.ArticleId == "ngay-mai" && i.Action == PlannedAction.Publish);
    }

    [Fact]
    public async Task Preview_LoaderWithoutGenerationOrRunnerWithoutCaching_AlwaysPlans()
    {
        _harness.Content.Generation = 0;
        var first = await PreviewAsync();
        Assert.NotSame(first, await PreviewAsync());

        _harness.Content.Generation = 7;
        var plain = _harness.CreateRunner();
        var a = (await plain.PreviewAsync(new PublishRequest(), CancellationToken.None)).Plan;
        Assert.NotSame(a, (await plain.PreviewAsync(new PublishRequest(), CancellationToken.None)).Plan);
    }
}
