using CchcPublisher.Channels;
using CchcPublisher.Content;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Publishing;

/// <summary>
/// One publishing run: read the content, plan against the ledger, then carry out the plan article by article
/// in channel order. Used by the worker's Quartz job and by the <c>publish</c> command alike.
/// </summary>
internal sealed class PublishRunner(
    IContentLoader contentLoader,
    ILedger ledger,
    PublicationPlanner planner,
    ChannelPublisher publisher,
    Approval.ApprovalGate approvals,
    OutputRebuilder rebuilder,
    IEnumerable<IChannel> channels,
    IOptions<PathOptions> paths,
    IOptions<PublishingOptions> options,
    IOptions<CommuneOptions> commune,
    TimeProvider time,
    ILogger<PublishRunner> logger,
    ContentSnapshotCaching? snapshotCaching = null)
{
    /// <summary>Longest a remembered preview is shown: the planner's answer also moves with the clock (catch-up windows).</summary>
    private static readonly TimeSpan PreviewTrust = TimeSpan.FromSeconds(30);

    /// <summary>Batches a run goes round for articles edited while they were being published (a file rewritten every second must not hold the run).</summary>
    private const int MaxRoundsForEdits = 3;

    private RememberedPreview? _preview;

    private readonly IReadOnlyList<IChannel> _channels = [.. channels];

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string ArticleId, string Channel, string Hash), byte> _changeWarned = new();

    /// <summary>Plans without writing anything (for <c>queue</c> and previews).</summary>
    public async Task<(ContentSnapshot Content, IReadOnlyList<PlannedItem> Plan)> PreviewAsync(
        PublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await ledger.MigrateAsync(cancellationToken);
        var content = await contentLoader.LoadAsync(request.ContentRoot, cancellationToken);

        // The worker keeps the default preview (the queue, the overview, the calendar) while the content, the ledger
        // (approvals included) and the clock give it no reason to change.
        var cacheable = snapshotCaching is not null && request == new PublishRequest() && content.Generation != 0;
        var stamp = cacheable ? await ledger.ChangeStampAsync(cancellationToken) : null;
        var now = time.GetUtcNow();
        if (stamp is not null && _preview is { } last && last.Generation == content.Generation && last.LedgerStamp == stamp && now < last.ValidUntil && now >= last.ComputedAt)
        {
            return (last.Content, last.Plan);
        }

        var approved = await approvals.LoadAsync(cancellationToken);
        var plan = planner.Plan(await InputAsync(request, content, approved, cancellationToken));
        if (stamp is not null)
        {
            _preview = new RememberedPreview(content, plan, content.Generation, stamp.Value, now, ValidUntil(plan, now));
        }

        return (content, plan);
    }

    /// <summary>Until the first instant the plan's decisions may change by the clock alone: a due time or a retry time ahead, at most <see cref="PreviewTrust"/>.</summary>
    private static DateTimeOffset ValidUntil(IReadOnlyList<PlannedItem> plan, DateTimeOffset now)
    {
        var until = now + PreviewTrust;
        foreach (var item in plan)
        {
            if (item.DueAt is { } due && due > now && due < until)
            {
                until = due;
            }

            if (item.Entry?.RetryAfter is { } retry && retry > now && retry < until)
            {
                until = retry;
            }
        }

        return until;
    }

    private sealed record RememberedPreview(
        ContentSnapshot Content, IReadOnlyList<PlannedItem> Plan, long Generation, long LedgerStamp, DateTimeOffset ComputedAt, DateTimeOffset ValidUntil);

    public async Task<PublishRunResult> RunAsync(
        PublishRequest request, IProgress<PublicationReport>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = time.GetTimestamp();
        // A shared ledger (PostgreSQL) locks across machines; otherwise a lock file in the data folder.
        using var publishLock = ledger is ISharedPublishLock shared
            ? await shared.AcquirePublishLockAsync(options.Value.LockTimeout, time, cancellationToken)
            : await PublishLock.AcquireAsync(paths.Value.DataRoot, options.Value.LockTimeout, time, cancellationToken);
        await ledger.MigrateAsync(cancellationToken);
        var reports = new RunReports(progress);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        ContentSnapshot content;
        var round = 0;
        while (true)
        {
            // A long run (a first import, a rebuild) goes in bounded batches; between them the content is read
            // again, so an article written or edited meanwhile goes out in the next batch, ahead of the backlog.
            content = await contentLoader.LoadAsync(request.ContentRoot, cancellationToken);
            if (round++ == 0)
            {
                foreach (var diagnostic in content.Diagnostics.Where(d => d.IsError))
                {
                    logger.ContentProblem(diagnostic.ToString());
                }
            }

            if (await RunBatchAsync(request, content, seen, reports, round, cancellationToken))
            {
                break;
            }
        }

        var nextDue = await NextDueAsync(cancellationToken);
        logger.RunFinished(time.GetElapsedTime(started).TotalMilliseconds, content.Articles.Count, reports.All.Count, round);
        return new PublishRunResult(reports.All, content.Diagnostics, nextDue);
    }

    /// <summary>One batch: bookkeeping, then publications until the batch's time is up. True when nothing is left.</summary>
    /// <param name="round">1 for the run's first batch: an article edited while its batch ran sends the run round again
    /// (the content is read anew), at most <see cref="MaxRoundsForEdits"/> times.</param>
    private async Task<bool> RunBatchAsync(
        PublishRequest request, ContentSnapshot content, HashSet<string> seen, RunReports reports, int round, CancellationToken cancellationToken)
    {
        var input = await InputAsync(request, content, await approvals.LoadAsync(cancellationToken), cancellationToken);
        if (round == 1)
        {
            // A deleted or damaged generated site is made again before anything is added to it, from the entries just
            // read (every entry of the articles in hand on the available channels: no second read of the ledger).
            await rebuilder.RebuildAsync(content, force: false, cancellationToken, input.Entries);
        }

        var plan = planner.Plan(input);
        var earlierResults = EarlierResults.From(input.Entries, input.AvailableChannels, content);

        // Bookkeeping first (cheap, no channel calls), so the queue is recorded even if publishing is interrupted.
        // Every queued article's slot is recorded before anything goes out, in queue order, due ones included: a
        // slot recorded only when its article is sent would let the later slots recorded below push the unsent
        // earlier articles to the end of the queue after a crash, and a resumed run would differ from a clean one.
        // Each of the two is one ledger transaction: thousands of overdue items marked missed cost one commit.
        await publisher.MarkAllAsync(
            [.. plan
                .Where(i => i is { Column: not null, Action: PlannedAction.Publish, Entry: null })
                .Select(i => new LocalMark(i, PublicationState.Scheduled, PublicationOutcome.Scheduled, null))],
            cancellationToken);

        var marks = new List<LocalMark>();
        var results = new List<(PublicationReport? Report, int Mark)>(plan.Count);
        reports.EnsureCapacity(plan.Count);
        foreach (var item in plan)
        {
            var mark = item.Action switch
            {
                PlannedAction.Schedule when NeedsScheduling(item) => new LocalMark(item, PublicationState.Scheduled, PublicationOutcome.Scheduled, null),
                PlannedAction.MarkMissed => Missed(item),
                PlannedAction.Skip => Skipped(item),
                _ => null,
            };
            if (mark is not null)
            {
                results.Add((null, marks.Count));
                marks.Add(mark);
                continue;
            }

            var report = item.Action switch
            {
                PlannedAction.Schedule => Report(item, PublicationOutcome.Scheduled),
                PlannedAction.ReportChanged => reports.Has(item.ArticleId, item.Channel) ? null : Changed(item),
                PlannedAction.Wait => Report(item, PublicationOutcome.Waiting),
                _ => null,
            };
            if (report is not null)
            {
                results.Add((report, -1));
            }
        }

        var marked = await publisher.MarkAllAsync(marks, cancellationToken);
        foreach (var (report, mark) in results)
        {
            reports.Add(report ?? marked[mark]);
        }

        // Work that appeared since the run began (new or edited articles) first, then the backlog in plan order.
        var groups = plan
            .Where(i => i.Action is PlannedAction.Publish or PlannedAction.Update or PlannedAction.Reconcile)
            .GroupBy(i => i.ArticleId, StringComparer.Ordinal)
            .Select(g => (Key: g.Key + "\n" + g.First().Article?.ContentHash, Items: g.ToList()))
            .ToList();
        var fresh = seen.Count == 0 ? [] : groups.Where(g => !seen.Contains(g.Key)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        List<(string Key, List<PlannedItem> Items)> ordered = [.. groups.Where(g => fresh.Contains(g.Key)), .. groups.Where(g => !fresh.Contains(g.Key))];
        seen.UnionWith(groups.Select(g => g.Key));

        // Local channels write their listings and sync their files once per batch, not once per article.
        var batched = _channels.OfType<IBatchedChannel>().ToList();
        batched.ForEach(c => c.BeginBatch());
        var local = new LocalOutcomes();
        var started = time.GetUtcNow();
        var done = 0;
        var edited = 0;
        try
        {
            // Pages whose articles were removed or made drafts come off first (a withdrawal is quick and local on
            // the static site, and a citizen should not keep reading a notice the commune took back).
            foreach (var item in plan.Where(i => i.Action == PlannedAction.Withdraw))
            {
                reports.Add(await publisher.WithdrawAsync(item, cancellationToken));
            }

            foreach (var group in ordered)
            {
                if (!await PublishGroupAsync(group.Items, content, earlierResults, reports, local, cancellationToken))
                {
                    edited++;
                }

                done++;
                if (time.GetUtcNow() - started >= options.Value.BatchDuration)
                {
                    break;
                }
            }
        }
        finally
        {
            foreach (var channel in batched)
            {
                await channel.FlushAsync(CancellationToken.None);
            }

            // Files durable first, then the ledger (LocalOutcomes).
            await publisher.CommitLocalAsync(local, CancellationToken.None);
        }

        if (done < ordered.Count)
        {
            logger.BatchEnded(done, ordered.Count - done);
            return false;
        }

        return edited == 0 || round >= MaxRoundsForEdits;
    }

    /// <returns>False when the article's file changed after the content was read: nothing was claimed or sent for it,
    /// and the next batch (or run) reads the new version.</returns>
    private async Task<bool> PublishGroupAsync(
        List<PlannedItem> group, ContentSnapshot content, EarlierResults earlierResults, RunReports reports, LocalOutcomes local,
        CancellationToken cancellationToken)
    {
        // The body is kept in its file until now: read it (and check it is the version planned) before any claim.
        if (group[0].Article is { } article && !article.TryLoadBody())
        {
            logger.EditedDuringRun(article.Title, article.RelativePath);
            return false;
        }

        var earlier = earlierResults.For(group[0].ArticleId) ?? await EarlierResultsAsync(group[0].ArticleId, cancellationToken);
        foreach (var item in group)
        {
            var report = await publisher.ExecuteAsync(item, earlier, content.Taxonomy, local, cancellationToken);
            if (report.Outcome is PublicationOutcome.Published or PublicationOutcome.Updated or PublicationOutcome.Reconciled)
            {
                earlier[item.Channel] = PublishResult.Published(null, report.Url);
            }

            reports.Add(report);
        }

        // Every channel has rendered it: the parsed document is not kept in the snapshot (the worker holds thousands).
        group[0].Article?.ReleaseDocument();
        return true;
    }

    /// <summary>The planner's input, with the ledger entries it consults (<see cref="PlannerWorkingSet"/>), not the whole ledger.</summary>
    private async Task<PlanningInput> InputAsync(
        PublishRequest request, ContentSnapshot content, IReadOnlyDictionary<string, Approval.ApprovalEvent>? approved, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        string[] available = [.. _channels.Select(c => c.Name)];
        string[] following = [.. _channels.Where(c => c.FollowsContent).Select(c => c.Name)];
        var entries = await ledger.ListWorkingSetAsync(PlannerWorkingSet.For(content, available, following, now), cancellationToken);
        return new PlanningInput
        {
            Content = content,
            Entries = entries,
            Now = now,
            DueUntil = request.DueUntil ?? now,
            AvailableChannels = available,
            UpdatableChannels = [.. _channels.Where(c => c.CanUpdate).Select(c => c.Name)],
            FollowingChannels = following,
            OnlyChannel = request.Channel,
            OnlyArticle = request.ArticleId,
            Approvals = approved,
        };
    }

    private static bool NeedsScheduling(PlannedItem item) =>
        item.Entry is not { State: PublicationState.Scheduled } entry ||
        entry.DueAt != item.DueAt ||
        entry.ContentHash != item.Article!.ContentHash ||
        entry.Title != item.Article.Title ||
        entry.Column != item.Column;

    private LocalMark Missed(PlannedItem item)
    {
        var due = item.DueAt is { } at
            ? TimeZoneInfo.ConvertTime(at, commune.Value.GetTimeZone()).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture)
            : "—";
        logger.Missed(item.Article?.Title ?? item.ArticleId, Channels.ChannelNames.Label(item.Channel), due, item.Reason ?? "quá hạn");
        return new LocalMark(item, PublicationState.Missed, PublicationOutcome.Missed, item.Reason);
    }

    private LocalMark Skipped(PlannedItem item)
    {
        logger.Skipped(item.Entry?.Title ?? item.ArticleId, Channels.ChannelNames.Label(item.Channel), item.Reason ?? "không cần đăng");
        return new LocalMark(item, PublicationState.Skipped, PublicationOutcome.Skipped, item.Reason);
    }

    private PublicationReport Changed(PlannedItem item)
    {
        // Said once per edited version and channel, not again on every reload of the content folder.
        if (_changeWarned.TryAdd((item.ArticleId, item.Channel, item.Article!.ContentHash), 0))
        {
            logger.ChangedAfterPublishing(item.Article.Title, Channels.ChannelNames.Label(item.Channel));
        }

        return Report(item, PublicationOutcome.Changed, item.Entry?.RemoteUrl);
    }

    private static PublicationReport Report(PlannedItem item, PublicationOutcome outcome, string? url = null) =>
        new(item.ArticleId, item.Article?.Title ?? item.Entry?.Title ?? item.ArticleId, item.Channel, outcome, item.DueAt, url, item.Reason);

    private async Task<Dictionary<string, PublishResult>> EarlierResultsAsync(string articleId, CancellationToken cancellationToken)
    {
        var entries = await ledger.ListAsync(new LedgerQuery { ArticleId = articleId, States = [PublicationState.Published] }, cancellationToken);
        return entries.ToDictionary(e => e.Channel, e => PublishResult.Published(e.RemoteId, e.RemoteUrl), StringComparer.Ordinal);
    }

    private Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) =>
        ledger.NextDueAsync(time.GetUtcNow(), cancellationToken);
}
