using CchcPublisher.Channels;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Ledger;
using CchcPublisher.Publishing;
using CchcPublisher.UnitTests.TestSupport;

namespace CchcPublisher.UnitTests.Publishing;

public sealed class PublishRunnerTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly PipelineHarness _harness = new(Now);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Run_DueArticle_PublishesEveryChannelOnce_AndSecondRunAfterRestartPublishesNothing()
    {
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddHours(-1)));

        var first = await _harness.RunAsync();
        var second = await _harness.RunAsync(); // a new runner: as after a restart

        Assert.Equal(2, first.Count(PublicationOutcome.Published));
        Assert.Empty(second.Notable);
        Assert.Single(_harness.Website.Published);
        Assert.Single(_harness.Zalo.Published);
        var entry = await _harness.EntryAsync("a", "website");
        Assert.Equal(PublicationState.Published, entry.State);
        Assert.Equal("https://example.test/website/a", entry.RemoteUrl);
        Assert.Equal(1, entry.Attempts);
    }

    [Fact]
    public async Task Run_ChannelsInConfiguredOrder_LaterChannelSeesWebsiteUrl()
    {
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddHours(-1), channels: ["zalo", "website"]));

        await _harness.RunAsync();

        var zalo = Assert.Single(_harness.Zalo.Published);
        Assert.Equal("https://example.test/website/a", zalo.EarlierResults["website"].Url);
    }

    [Theory]
    [InlineData(true)] // every channel registered: the earlier results come from the batch's working set
    [InlineData(false)] // some channel turned off: from the ledger, one query per article
    public async Task Run_RetryInALaterRun_SeesTheWebsiteUrlPublishedInAnEarlierRun(bool allChannels)
    {
        if (allChannels)
        {
            _harness.Channels.Add(new RecordingChannel("facebook"));
            _harness.Channels.Add(new RecordingChannel("radio"));
        }

        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddHours(-1), channels: ["website", "zalo"]));
        var zaloCalls = 0;
        _harness.Zalo.Respond = _ => ++zaloCalls == 1
            ? PublishResult.Failed("Zalo tạm thời không nhận bài.", TimeSpan.FromMinutes(5))
            : PublishResult.Published("z-a", null);

        await _harness.RunAsync();
        _harness.Time.Advance(TimeSpan.FromMinutes(6));
        var second = await _harness.RunAsync();

        Assert.Equal(1, second.Count(PublicationOutcome.Published));
        Assert.Single(_harness.Website.Published);
        var retry = _harness.Zalo.Published[^1];
        Assert.Equal("https://example.test/website/a", retry.EarlierResults["website"].Url);
    }

    [Fact]
    public async Task Run_FutureArticle_IsScheduledThenPublishedWhenDue()
    {
        _harness.Content.Articles.Add(TestArticles.Create("later", Now.AddDays(3)));

        var first = await _harness.RunAsync();
        Assert.Equal(2, first.Count(PublicationOutcome.Scheduled));
        Assert.Empty(_harness.Website.Published);
        Assert.Equal(PublicationState.Scheduled, (await _harness.EntryAsync("later", "website")).State);
        Assert.Equal(Now.AddDays(3), first.NextDueAt);

        _harness.Time.Advance(TimeSpan.FromDays(3));
        var second = await _harness.RunAsync();

        Assert.Equal(2, second.Count(PublicationOutcome.Published));
    }

    [Fact]
    public async Task Run_DueUntilInTheFuture_PublishesEarly()
    {
        _harness.Content.Articles.Add(TestArticles.Create("later", Now.AddDays(3)));

        var result = await _harness.RunAsync(dueUntil: Now.AddDays(4));

        Assert.Equal(2, result.Count(PublicationOutcome.Published));
    }

    [Fact]
    public async Task Run_OneChannelFails_OthersSucceedAndFailureIsRetriedLater()
    {
        _harness.Zalo.Respond = _ => PublishResult.Failed("Zalo từ chối", TimeSpan.FromMinutes(10));
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddMinutes(-5)));
        _harness.Content.Articles.Add(TestArticles.Create("b", Now.AddMinutes(-5)));

        var result = await _harness.RunAsync();

        Assert.True(result.AnyFailed);
        Assert.Equal(2, result.Count(PublicationOutcome.Published));
        Assert.Equal(2, result.Count(PublicationOutcome.Failed));
        var failed = await _harness.EntryAsync("a", "zalo");
        Assert.Equal(PublicationState.Failed, failed.State);
        Assert.Equal("Zalo từ chối", failed.LastError);
        Assert.Equal(Now.AddMinutes(10), failed.RetryAfter);

        var tooEarly = await _harness.RunAsync();
        Assert.Equal(2, tooEarly.Count(PublicationOutcome.Waiting));

        _harness.Zalo.Respond = null;
        _harness.Time.Advance(TimeSpan.FromMinutes(11));
        var retried = await _harness.RunAsync();
        Assert.Equal(2, retried.Count(PublicationOutcome.Published));
        Assert.Equal(2, (await _harness.EntryAsync("a", "zalo")).Attempts);
    }

    [Fact]
    public async Task Run_ChannelThrows_OtherChannelsAndArticlesStillPublish()
    {
        _harness.Zalo.Respond = _ => throw new IOException("đĩa đầy");
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddMinutes(-5)));

        var result = await _harness.RunAsync();

        Assert.Equal(1, result.Count(PublicationOutcome.Published));
        var unknown = Assert.Single(result.Items, i => i.Outcome == PublicationOutcome.Unknown);
        Assert.Contains("đĩa đầy", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ChannelThrowsAfterTheRequestReachedTheService_RecordsUnknownAndNextRunReconcilesInsteadOfResending()
    {
        _harness.Zalo.Respond = context =>
        {
            _harness.Zalo.OnService.Add(context.Article.Id); // the post is on Zalo, then the channel code throws
            throw new InvalidOperationException("lỗi lập trình");
        };
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddMinutes(-5), channels: ["zalo"]));

        await _harness.RunAsync();
        Assert.Equal(PublicationState.Unknown, (await _harness.EntryAsync("a", "zalo")).State);

        _harness.Zalo.Respond = null;
        _harness.Time.Advance(TimeSpan.FromHours(7));
        var result = await _harness.RunAsync();

        Assert.Single(_harness.Zalo.Published);
        Assert.Equal(PublicationOutcome.Reconciled, Assert.Single(result.Items).Outcome);
    }

    [Fact]
    public async Task Run_ClaimYoungerThanTheChannelsInFlightLimit_IsLeftAndCheckedAgainLater_NeverResentAtOnce()
    {
        _harness.Zalo.InFlightLimit = TimeSpan.FromMinutes(2);
        var article = TestArticles.Create("a", Now.AddMinutes(-5), channels: ["zalo"]);
        _harness.Content.Articles.Add(article);
        await SimulateCrashAfterClaimAsync(article, "zalo"); // killed while the create may still be at work

        _harness.Time.Advance(TimeSpan.FromMilliseconds(100)); // systemd restarts at once
        var early = await _harness.RunAsync();

        Assert.Empty(_harness.Zalo.Published);
        Assert.Equal(PublicationOutcome.Waiting, Assert.Single(early.Items).Outcome);
        Assert.Equal(PublicationState.Publishing, (await _harness.EntryAsync("a", "zalo")).State);

        // The create finished on the service meanwhile: the later check finds it.
        _harness.Zalo.OnService.Add("a");
        _harness.Time.Advance(TimeSpan.FromMinutes(3));
        var later = await _harness.RunAsync();

        Assert.Empty(_harness.Zalo.Published);
        Assert.Equal(PublicationOutcome.Reconciled, Assert.Single(later.Items).Outcome);
    }

    [Fact]
    public async Task Run_ClaimOlderThanTheInFlightLimitAndNotOnTheService_IsSentOnce()
    {
        _harness.Zalo.InFlightLimit = TimeSpan.FromMinutes(2);
        var article = TestArticles.Create("a", Now.AddMinutes(-5), channels: ["zalo"]);
        _harness.Content.Articles.Add(article);
        await SimulateCrashAfterClaimAsync(article, "zalo");

        _harness.Time.Advance(TimeSpan.FromMinutes(3));
        await _harness.RunAsync();
        await _harness.RunAsync();

        Assert.Single(_harness.Zalo.Published);
    }

    [Fact]
    public async Task Run_Claim_RecordsWhatWasSentAndWhen_AndFailedChecksKeepIt()
    {
        _harness.Zalo.SnapshotOf = context => "zalo-title:" + context.Article.Title;
        _harness.Zalo.Respond = _ => PublishResult.Unknown("Hết thời gian chờ sau khi gửi");
        var article = TestArticles.Create("a", Now.AddMinutes(-5), channels: ["zalo"]);
        _harness.Content.Articles.Add(article);
        await _harness.RunAsync();

        _harness.Zalo.Reconcile = _ => ReconcileResult.CouldNotCheck("mất mạng");
        for (var i = 0; i < 3; i++)
        {
            _harness.Time.Advance(TimeSpan.FromHours(7));
            await _harness.RunAsync();
        }

        var entry = await _harness.EntryAsync("a", "zalo");
        Assert.Equal(PublicationState.Unknown, entry.State);
        Assert.Equal(Now, entry.ClaimedAt);
        Assert.Equal(article.Title, entry.SentTitle);
        Assert.Equal("zalo-title:" + article.Title, entry.SentSnapshot);
        Assert.True(entry.UpdatedAt > Now.AddHours(20));
    }

    [Fact]
    public async Task Run_AfterCrashMidPublicationThatReachedTheService_ReconcilesInsteadOfResending()
    {
        var article = TestArticles.Create("a", Now.AddMinutes(-5), channels: ["zalo"]);
        _harness.Content.Articles.Add(article);
        await SimulateCrashAfterClaimAsync(article, "zalo");
        _harness.Zalo.OnService.Add("a"); // the request had reached Zalo before the crash

        var result = await _harness.RunAsync();

        Assert.Empty(_harness.Zalo.Published);
        Assert.Equal(PublicationOutcome.Reconciled, Assert.Single(result.Items).Outcome);
        var entry = await _harness.EntryAsync("a", "zalo");
        Assert.Equal(PublicationState.Published, entry.State);
        Assert.Equal(article.ContentHash, entry.PublishedHash);
    }

    [Fact]
    public async Task Run_AfterCrashBeforeTheRequestWasSent_PublishesExactlyOnce()
    {
        var article = TestArticles.Create("a", Now.AddMinutes(-5), channels: ["zalo"]);
        _harness.Content.Articles.Add(article);
        await SimulateCrashAfterClaimAsync(article, "zalo");

        await _harness.RunAsync();
        await _harness.RunAsync();

        Assert.Single(_harness.Zalo.Published);
    }

    [Fact]
    public async Task Run_UnknownOutcomeAndServiceCannotBeAsked_StaysUnknownAndSendsNothing()
    {
        _harness.Zalo.Respond = _ => PublishResult.Unknown("Hết thời gian chờ sau khi gửi");
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddMinutes(-5), channels: ["zalo"]));
        await _harness.RunAsync();
        Assert.Equal(PublicationState.Unknown, (await _harness.EntryAsync("a", "zalo")).State);

        _harness.Zalo.Reconcile = _ => ReconcileResult.CouldNotCheck("mất mạng");
        _harness.Time.Advance(TimeSpan.FromHours(1));
        var result = await _harness.RunAsync();

        Assert.Single(_harness.Zalo.Published);
        Assert.Equal(PublicationOutcome.Unknown, Assert.Single(result.Items).Outcome);
    }

    [Fact]
    public async Task Run_OverdueWithinCatchUpWindow_Published_OlderMarkedMissed()
    {
        _harness.Content.Articles.Add(TestArticles.Create("recent", Now.AddDays(-1), channels: ["zalo"]));
        _harness.Content.Articles.Add(TestArticles.Create("old", Now.AddDays(-5), channels: ["zalo"]));

        var result = await _harness.RunAsync();

        Assert.Equal(PublicationOutcome.Published, result.Items.Single(i => i.ArticleId == "recent").Outcome);
        var missed = result.Items.Single(i => i.ArticleId == "old");
        Assert.Equal(PublicationOutcome.Missed, missed.Outcome);
        Assert.Contains("Quá hạn", missed.Message, StringComparison.Ordinal);
        Assert.Equal(PublicationState.Missed, (await _harness.EntryAsync("old", "zalo")).State);
        Assert.Empty((await _harness.RunAsync()).Notable);
    }

    [Fact]
    public async Task Run_PerChannelWindow_WebsiteArchiveCatchesUpOldArticles()
    {
        _harness.Options.CatchUpWindowByChannel["website"] = TimeSpan.FromDays(3650);
        _harness.Content.Articles.Add(TestArticles.Create("old", Now.AddDays(-30)));

        var result = await _harness.RunAsync();

        Assert.Equal(PublicationOutcome.Published, result.Items.Single(i => i.Channel == "website").Outcome);
        Assert.Equal(PublicationOutcome.Missed, result.Items.Single(i => i.Channel == "zalo").Outcome);
    }

    [Fact]
    public async Task Run_EditedAfterPublication_UpdatableChannelUpdates_OtherReportsChangedWithoutReposting()
    {
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddMinutes(-5)));
        await _harness.RunAsync();
        _harness.Content.Replace(TestArticles.Create("a", Now.AddMinutes(-5), body: "Nội dung đã sửa."));

        var result = await _harness.RunAsync();

        Assert.Equal(PublicationOutcome.Updated, result.Items.Single(i => i.Channel == "website").Outcome);
        Assert.Equal(PublicationOutcome.Changed, result.Items.Single(i => i.Channel == "zalo").Outcome);
        Assert.Single(_harness.Zalo.Published);
        Assert.Equal(2, _harness.Website.Published.Count);
        Assert.NotNull(_harness.Website.Published[1].Previous);
    }

    [Fact]
    public async Task Run_EditedAfterPublication_ChangedWarningLoggedOncePerVersionWithChannelLabel()
    {
        var runnerLog = new Microsoft.Extensions.Logging.Testing.FakeLogger<PublishRunner>();
        var publisherLog = new Microsoft.Extensions.Logging.Testing.FakeLogger<ChannelPublisher>();
        var runner = _harness.CreateRunner(runnerLog, publisherLog);
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddMinutes(-5)));
        await runner.RunAsync(new PublishRequest(), null, CancellationToken.None);
        _harness.Content.Replace(TestArticles.Create("a", Now.AddMinutes(-5), body: "Nội dung đã sửa."));

        for (var reload = 0; reload < 3; reload++)
        {
            await runner.RunAsync(new PublishRequest(), null, CancellationToken.None);
        }

        var changed = Assert.Single(runnerLog.Collector.GetSnapshot(), r => r.Id.Id == 2107);
        Assert.Contains("Zalo OA", changed.Message, StringComparison.Ordinal);
        Assert.All(publisherLog.Collector.GetSnapshot(), r => Assert.DoesNotContain("(null)", r.Message, StringComparison.Ordinal));
        Assert.Contains(publisherLog.Collector.GetSnapshot(), r => r.Id.Id == 2101 && r.Message.Contains("lên Trang thông tin điện tử", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_QueuedArticles_GetStableSlotsThatSurviveRestarts()
    {
        _harness.Content.Articles.Add(TestArticles.Create("q2", relativePath: "articles/02.md"));
        _harness.Content.Articles.Add(TestArticles.Create("q1", relativePath: "articles/01.md"));

        await _harness.RunAsync();
        _harness.Content.Articles.Add(TestArticles.Create("q0", relativePath: "articles/00.md"));
        _harness.Time.Advance(TimeSpan.FromHours(2));
        await _harness.RunAsync();

        var q1 = await _harness.EntryAsync("q1", "website");
        var q2 = await _harness.EntryAsync("q2", "website");
        var q0 = await _harness.EntryAsync("q0", "website");
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 7, 30, 0, TimeSpan.FromHours(7)), q1.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 7, 30, 0, TimeSpan.FromHours(7)), q2.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 14, 7, 30, 0, TimeSpan.FromHours(7)), q0.DueAt); // appended, not jumping the queue
        Assert.Equal("cchc-hang-tuan", q1.Column);
        Assert.Equal(PublicationState.Scheduled, q1.State);
    }

    [Fact]
    public async Task Run_QueuedArticleWithoutOwnChannels_UsesColumnChannels()
    {
        _harness.Content.Articles.Add(TestArticles.Create("q"));

        var result = await _harness.RunAsync();

        Assert.Equal(["website", "zalo"], result.Items.Select(i => i.Channel).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_Draft_IsNeverPublished_AndScheduledEntryOfANowDraftIsSkipped()
    {
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddDays(1)));
        await _harness.RunAsync();
        _harness.Content.Replace(TestArticles.Create("a", Now.AddDays(1), status: ArticleStatus.Draft));
        _harness.Time.Advance(TimeSpan.FromDays(2));

        var result = await _harness.RunAsync();

        Assert.Empty(_harness.Website.Published);
        Assert.All(result.Items, i => Assert.Equal(PublicationOutcome.Skipped, i.Outcome));
        Assert.Equal(PublicationState.Skipped, (await _harness.EntryAsync("a", "website")).State);
    }

    [Fact]
    public async Task Run_RemovedArticle_ScheduledEntrySkipped_BrokenArticleKeptWaiting()
    {
        var removed = TestArticles.Create("removed", Now.AddDays(1));
        var broken = TestArticles.Create("broken", Now.AddDays(1));
        _harness.Content.Articles.AddRange([removed, broken]);
        await _harness.RunAsync();
        _harness.Content.Articles.Clear();
        _harness.Content.Diagnostics.Add(new Diagnostic(broken.SourcePath, 2, 1, DiagnosticSeverity.Error, "CCHC101", "Thiếu tiêu đề"));

        var result = await _harness.RunAsync();

        Assert.All(result.Items.Where(i => i.ArticleId == "removed"), i => Assert.Equal(PublicationOutcome.Skipped, i.Outcome));
        Assert.All(result.Items.Where(i => i.ArticleId == "broken"), i => Assert.Equal(PublicationOutcome.Waiting, i.Outcome));
        Assert.Equal(PublicationState.Scheduled, (await _harness.EntryAsync("broken", "website")).State);
    }

    [Fact]
    public async Task Run_FailedTooManyTimes_WaitsForTheOfficial_ExplicitArticleRunRetries()
    {
        _harness.Options.MaxAttempts = 2;
        _harness.Zalo.Respond = _ => PublishResult.Failed("Sai mã truy cập", TimeSpan.Zero);
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddMinutes(-1), channels: ["zalo"]));
        await _harness.RunAsync();
        _harness.Time.Advance(TimeSpan.FromMinutes(1));
        await _harness.RunAsync();
        _harness.Time.Advance(TimeSpan.FromMinutes(1));

        var waiting = await _harness.RunAsync();
        Assert.Equal(PublicationOutcome.Waiting, Assert.Single(waiting.Items).Outcome);
        Assert.Equal(2, _harness.Zalo.Published.Count);

        _harness.Zalo.Respond = null;
        var forced = await _harness.RunAsync(article: "a");
        Assert.Equal(PublicationOutcome.Published, Assert.Single(forced.Items).Outcome);
    }

    [Fact]
    public async Task Run_StoppedWhilePublishing_RecordsInterruptedAsUnknown_NextRunReconciles()
    {
        using var stop = new CancellationTokenSource();
        var blocking = new BlockingChannel("zalo", stop);
        _harness.Channels.Remove(_harness.Zalo);
        _harness.Channels.Add(blocking);
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddMinutes(-1), channels: ["zalo"]));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _harness.CreateRunner().RunAsync(new PublishRequest(), null, stop.Token));

        var entry = await _harness.EntryAsync("a", "zalo");
        Assert.Equal(PublicationState.Unknown, entry.State);
        Assert.Contains("gián đoạn", entry.LastError, StringComparison.Ordinal);

        blocking.Stop = null;
        var result = await _harness.RunAsync(article: "a");
        Assert.Equal(PublicationOutcome.Reconciled, Assert.Single(result.Items).Outcome);
    }

    private async Task SimulateCrashAfterClaimAsync(Article article, string channel)
    {
        await _harness.Ledger.MigrateAsync(CancellationToken.None);
        var claimed = await _harness.Ledger.TryClaimAsync(new LedgerEntry
        {
            ArticleId = article.Id,
            Channel = channel,
            State = PublicationState.Scheduled,
            DueAt = article.PublishAt,
            ContentHash = article.ContentHash,
            Title = article.Title,
            SourcePath = article.SourcePath,
            CreatedAt = Now,
            UpdatedAt = Now,
        }, CancellationToken.None);
        Assert.NotNull(claimed);
        Assert.Equal(PublicationState.Publishing, claimed.State);
    }

    /// <summary>A channel whose request "reaches the service" and then hangs until the host stops.</summary>
    private sealed class BlockingChannel(string name, CancellationTokenSource? stop) : IChannel
    {
        public CancellationTokenSource? Stop { get; set; } = stop;

        public string Name { get; } = name;

        public bool CanUpdate => false;

        public async Task<PublishResult> PublishAsync(PublishContext context, CancellationToken cancellationToken)
        {
            await (Stop?.CancelAsync() ?? Task.CompletedTask);
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return PublishResult.Published(null, null);
        }

        public Task<ReconcileResult> ReconcileAsync(PublishContext context, CancellationToken cancellationToken) =>
            Task.FromResult(ReconcileResult.FoundAt("zalo-a", null));
    }
}
