using CchcPublisher.Content;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Ledger;
using CchcPublisher.Publishing;
using CchcPublisher.UnitTests.TestSupport;

namespace CchcPublisher.UnitTests.Publishing;

/// <summary>
/// The planner gives the same plan over its working set of the ledger (<see cref="PlannerWorkingSet"/>) as over the
/// whole ledger, on a ledger holding every state on followed, other and unavailable channels, for articles in hand,
/// drafts, removed and broken files, in and out of a column, due before and after now.
/// </summary>
public sealed class PlannerWorkingSetTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly PipelineHarness _harness = new(Now);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Plan_OverWorkingSet_SameAsOverWholeLedger()
    {
        var content = await SeedAsync();

        var (whole, working, ledgerCount) = await PlanBothWaysAsync(content);

        Assert.Equal(Describe(whole), Describe(working));
        Assert.Contains(whole, i => i.Action == PlannedAction.Withdraw);
        Assert.Contains(whole, i => i.Action == PlannedAction.Skip);
        Assert.Contains(whole, i => i.Action == PlannedAction.Wait);
        Assert.Contains(whole, i => i.Action == PlannedAction.Schedule && i.Column is not null);
        Assert.True(ledgerCount.WorkingSet < ledgerCount.Whole / 2, $"{ledgerCount.WorkingSet} of {ledgerCount.Whole} entries read");
    }

    [Fact]
    public async Task Plan_EmptyContentFolder_SameAsOverWholeLedger_AndNoPublishedEntryOfRemovedArticlesRead()
    {
        await SeedAsync();
        var empty = new ContentSnapshot([], [], CategoryTaxonomy.BuiltIn);

        var (whole, working, _) = await PlanBothWaysAsync(empty);

        Assert.Equal(Describe(whole), Describe(working));
        Assert.DoesNotContain(whole, i => i.Action == PlannedAction.Withdraw);
        var set = await _harness.Ledger.ListWorkingSetAsync(
            PlannerWorkingSet.For(empty, ["website", "zalo"], ["website"], Now), CancellationToken.None);
        Assert.DoesNotContain(set, e => e.State == PublicationState.Published && (e.Column is null || e.DueAt <= Now));
    }

    [Fact]
    public async Task Plan_RemovedArticleHoldsALaterColumnSlot_NewArticleQueuedAfterIt()
    {
        var slot = new DateTimeOffset(2026, 12, 7, 7, 30, 0, TimeSpan.FromHours(7));
        await SaveAsync("gone-early", "zalo", PublicationState.Published, slot, "cchc-hang-tuan");
        _harness.Content.Articles.Add(TestArticles.Create("new"));
        var content = await _harness.Content.LoadAsync(null, CancellationToken.None);

        var (whole, working, _) = await PlanBothWaysAsync(content);

        Assert.Equal(Describe(whole), Describe(working));
        Assert.All(working.Where(i => i.ArticleId == "new"), i => Assert.Equal(slot.AddDays(7), i.DueAt));
    }

    private async Task<(IReadOnlyList<PlannedItem> Whole, IReadOnlyList<PlannedItem> Working, (int Whole, int WorkingSet) Count)> PlanBothWaysAsync(ContentSnapshot content)
    {
        var planner = _harness.CreatePlanner();
        var all = await _harness.Ledger.ListAsync(new LedgerQuery(), CancellationToken.None);
        var set = await _harness.Ledger.ListWorkingSetAsync(
            PlannerWorkingSet.For(content, ["website", "zalo"], ["website"], Now), CancellationToken.None);
        return (planner.Plan(Input(content, all)), planner.Plan(Input(content, set)), (all.Count, set.Count));
    }

    private static PlanningInput Input(ContentSnapshot content, IReadOnlyList<LedgerEntry> entries) => new()
    {
        Content = content,
        Entries = entries,
        Now = Now,
        DueUntil = Now,
        AvailableChannels = ["website", "zalo"],
        UpdatableChannels = ["website"],
        FollowingChannels = ["website"],
    };

    private static List<string> Describe(IReadOnlyList<PlannedItem> plan) =>
        [.. plan.Select(i => $"{i.ArticleId}|{i.Channel}|{i.Action}|{i.DueAt:O}|{i.Column}|{i.Reason}|{i.Entry?.State}|{i.Entry?.UpdatedAt:O}")];

    /// <summary>Every state on three channels (radio is not available) for six kinds of article, three due times each.</summary>
    private async Task<ContentSnapshot> SeedAsync()
    {
        var states = Enum.GetValues<PublicationState>();
        var kinds = new[] { "ready", "queued", "draft", "gone", "broken", "gone-queued" };
        var dues = new[] { Now.AddDays(-3), Now.AddDays(2), Now.AddDays(10) };
        var n = 0;
        foreach (var kind in kinds)
        {
            foreach (var state in states)
            {
                foreach (var due in dues)
                {
                    var id = $"{kind}-{n++}";
                    var column = kind.EndsWith("queued", StringComparison.Ordinal) || n % 3 == 0 ? "cchc-hang-tuan" : null;
                    foreach (var channel in new[] { "website", "zalo", "radio" })
                    {
                        await SaveAsync(id, channel, state, due, column, hash: n % 2 == 0 ? "h-" + id : null);
                    }

                    var article = kind switch
                    {
                        "ready" => TestArticles.Create(id, due),
                        "queued" => TestArticles.Create(id),
                        "draft" => TestArticles.Create(id, due, status: ArticleStatus.Draft),
                        _ => null,
                    };
                    if (article is not null)
                    {
                        _harness.Content.Articles.Add(article);
                    }
                    else if (kind == "broken")
                    {
                        _harness.Content.Diagnostics.Add(new Diagnostic(SourcePath(id), 2, 1, DiagnosticSeverity.Error, "CCHC101", "Thiếu tiêu đề"));
                    }
                }
            }
        }

        _harness.Content.Articles.Add(TestArticles.Create("fresh"));
        return await _harness.Content.LoadAsync(null, CancellationToken.None);
    }

    private static string SourcePath(string id) => TestArticles.Create(id).SourcePath;

    private async Task SaveAsync(string id, string channel, PublicationState state, DateTimeOffset due, string? column, string? hash = null)
    {
        await _harness.Ledger.MigrateAsync(CancellationToken.None);
        var article = TestArticles.Create(id);
        await _harness.Ledger.SaveAsync(new LedgerEntry
        {
            ArticleId = id,
            Channel = channel,
            State = state,
            DueAt = due,
            Column = column,
            ContentHash = hash ?? article.ContentHash,
            PublishedHash = state is PublicationState.Published or PublicationState.AwaitingManual ? hash ?? article.ContentHash : null,
            Title = article.Title,
            SourcePath = article.SourcePath,
            RetryAfter = state is PublicationState.Failed or PublicationState.Unknown ? Now.AddHours(1) : null,
            Attempts = 1,
            CreatedAt = Now.AddDays(-30),
            UpdatedAt = Now.AddDays(-1).AddMinutes(due.Minute + (int)state),
        }, CancellationToken.None);
    }
}
