using CchcPublisher.Channels;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Publishing;

/// <summary>
/// Carries out one planned publish, update or reconciliation on one channel, with the ledger protocol:
/// the entry is committed as <see cref="PublicationState.Publishing"/> before the channel is called, and the
/// outcome is committed after. A crash in between leaves a trace that the next run reconciles.
/// </summary>
internal sealed class ChannelPublisher(
    IEnumerable<IChannel> channels,
    ILedger ledger,
    TimeProvider time,
    IOptions<PublishingOptions> options,
    ILogger<ChannelPublisher> logger)
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(6);
    private readonly Dictionary<string, IChannel> _channels = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);
    private readonly PublishingOptions _options = options.Value;

    /// <param name="local">
    /// When given, publications on batched local channels skip the claim and leave their published entry here, for
    /// <see cref="CommitLocalAsync"/> after the batch's flush (see <see cref="LocalOutcomes"/>).
    /// </param>
    public async Task<PublicationReport> ExecuteAsync(
        PlannedItem item, IReadOnlyDictionary<string, PublishResult> earlier, CategoryTaxonomy taxonomy, LocalOutcomes? local,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var article = item.Article ?? throw new InvalidOperationException("Cannot publish without the article.");
        var channel = _channels[item.Channel];
        var context = new PublishContext(article, item.Entry, earlier) { Taxonomy = taxonomy, DueAt = item.DueAt };

        if (item.Action == PlannedAction.Reconcile)
        {
            var reconciled = await ReconcileAsync(channel, item, context, cancellationToken);
            if (reconciled is not null)
            {
                return reconciled;
            }

            // Certainly not on the service: publishing now cannot double-post.
            var window = _options.CatchUpWindowFor(item.Channel);
            if (item.DueAt is { } due && time.GetUtcNow() - due > window)
            {
                return await MarkAsync(item, PublicationState.Missed, PublicationOutcome.Missed,
                    "Lần đăng trước không thành công và nay đã quá hạn đăng bù.", cancellationToken);
            }
        }

        return await PublishAsync(channel, item, context, channel is IBatchedChannel ? local : null, cancellationToken);
    }

    /// <summary>Writes the held local outcomes in one ledger transaction; call after the local channels flushed.</summary>
    public async Task CommitLocalAsync(LocalOutcomes local, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(local);
        var entries = local.Take();
        if (entries.Count > 0)
        {
            await ledger.SaveAllAsync(entries, cancellationToken);
        }
    }

    /// <summary>Records a decision that needs no channel call (scheduled, missed, skipped).</summary>
    public async Task<PublicationReport> MarkAsync(
        PlannedItem item, PublicationState state, PublicationOutcome outcome, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var entry = Marked(item, state, reason, time.GetUtcNow());
        await ledger.SaveAsync(entry, cancellationToken);
        return Report(item, outcome, entry.RemoteUrl, reason);
    }

    /// <summary>
    /// Records many decisions that need no channel call in one ledger transaction (a run's scheduled, missed and
    /// skipped items): thousands of overdue items cost one commit, not one each. Reports in the order given.
    /// </summary>
    public async Task<IReadOnlyList<PublicationReport>> MarkAllAsync(IReadOnlyList<LocalMark> marks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var now = time.GetUtcNow();
        var entries = marks.Select(m => Marked(m.Item, m.State, m.Reason, now)).ToList();
        await ledger.SaveAllAsync(entries, cancellationToken);
        return [.. marks.Select((m, i) => Report(m.Item, m.Outcome, entries[i].RemoteUrl, m.Reason))];
    }

    private static LedgerEntry Marked(PlannedItem item, PublicationState state, string? reason, DateTimeOffset now)
    {
        var entry = item.Article is { } article
            ? NewEntry(article, item, now) with { State = state, LastError = reason }
            : item.Entry! with { State = state, LastError = reason, UpdatedAt = now };
        if (item.Entry is { } previous)
        {
            entry = entry with
            {
                CreatedAt = previous.CreatedAt,
                Attempts = previous.Attempts,
                PublishedHash = previous.PublishedHash,
                PublishedAt = previous.PublishedAt,
                RemoteId = previous.RemoteId,
                RemoteUrl = previous.RemoteUrl,
                ClaimedAt = previous.ClaimedAt,
                SentTitle = previous.SentTitle,
                SentSnapshot = previous.SentSnapshot,
            };
        }

        return entry;
    }

    /// <summary>
    /// Takes a publication off its channel (the article's file was removed or made a draft, or the official asked).
    /// Only a channel's confirmation moves the ledger to <see cref="PublicationState.Withdrawn"/>; a channel that
    /// cannot remove posts, or a failure, leaves the publication recorded as it is.
    /// </summary>
    public async Task<PublicationReport> WithdrawAsync(PlannedItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var entry = item.Entry ?? throw new InvalidOperationException("Nothing to withdraw without a ledger entry.");
        var channel = _channels[item.Channel];
        WithdrawResult result;
        try
        {
            result = await channel.WithdrawAsync(new WithdrawContext(entry, item.Article), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.ChannelCrashed(ex, ChannelNames.Label(item.Channel), entry.Title);
            result = WithdrawResult.Failed("Lỗi không mong đợi khi gỡ bài (chi tiết trong nhật ký); sẽ thử lại ở lần chạy sau.");
        }

        switch (result.Outcome)
        {
            case WithdrawOutcome.Withdrawn:
                var now = time.GetUtcNow();
                await ledger.SaveAsync(entry with
                {
                    State = PublicationState.Withdrawn,
                    RemoteId = null,
                    RemoteUrl = null,
                    LastError = item.Reason,
                    RetryAfter = null,
                    UpdatedAt = now,
                }, cancellationToken);
                logger.Withdrawn(entry.Title, ChannelNames.Label(item.Channel), entry.RemoteUrl ?? entry.RemoteId ?? "—");
                return Report(item, PublicationOutcome.Withdrawn, entry.RemoteUrl, result.Message ?? item.Reason);
            case WithdrawOutcome.NotPossible:
                return Report(item, PublicationOutcome.StillOnChannel, entry.RemoteUrl, result.Message);
            default:
                logger.WithdrawFailed(entry.Title, ChannelNames.Label(item.Channel), result.Message ?? "—");
                return Report(item, PublicationOutcome.Failed, entry.RemoteUrl, result.Message);
        }
    }

    private async Task<PublicationReport?> ReconcileAsync(
        IChannel channel, PlannedItem item, PublishContext context, CancellationToken cancellationToken)
    {
        ReconcileResult result;
        try
        {
            result = await channel.ReconcileAsync(context, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.ChannelCrashed(ex, ChannelNames.Label(item.Channel), context.Article.Title);
            result = ReconcileResult.CouldNotCheck(ex.Message);
        }

        var now = time.GetUtcNow();
        var entry = item.Entry!;
        if (result.Found)
        {
            var published = entry with
            {
                State = result.AwaitingManual ? PublicationState.AwaitingManual : PublicationState.Published,
                RemoteId = result.RemoteId ?? entry.RemoteId,
                RemoteUrl = result.Url ?? entry.RemoteUrl,
                PublishedHash = entry.ContentHash,
                PublishedAt = result.AwaitingManual ? entry.PublishedAt : entry.PublishedAt ?? now,
                LastError = null,
                RetryAfter = null,
                UpdatedAt = now,
            };
            await ledger.SaveAsync(published, cancellationToken);
            logger.Reconciled(context.Article.Title, ChannelNames.Label(item.Channel), published.RemoteUrl ?? published.RemoteId ?? "—");
            return Report(item, PublicationOutcome.Reconciled, published.RemoteUrl, "Đã có trên kênh (đối chiếu sau lần gửi chưa rõ kết quả).");
        }

        if (!result.Certain)
        {
            var message = $"Chưa đối chiếu được với kênh: {result.Error}";
            await ledger.SaveAsync(entry with
            {
                State = PublicationState.Unknown,
                LastError = message,
                RetryAfter = now + Backoff(entry.Attempts),
                UpdatedAt = now,
            }, cancellationToken);
            logger.PublishUnknown(context.Article.Title, ChannelNames.Label(item.Channel), message);
            return Report(item, PublicationOutcome.Unknown, null, message);
        }

        // Not there yet, but the earlier request may still be at work on the service: leave the claim as it is
        // and look again on a later run rather than send a second copy.
        var claimedAt = entry.ClaimedAt ?? entry.UpdatedAt;
        if (now - claimedAt < channel.InFlightLimit)
        {
            logger.ClaimStillInFlight(context.Article.Title, ChannelNames.Label(item.Channel));
            return Report(item, PublicationOutcome.Waiting, null,
                "Lần gửi trước có thể vẫn đang được kênh xử lý; sẽ đối chiếu lại ở lần chạy sau, không gửi lại ngay.");
        }

        // Certainly absent: release the stale claim so that it can be sent (once) again.
        await ledger.SaveAsync(entry with
        {
            State = PublicationState.Scheduled,
            LastError = "Đối chiếu: chưa có trên kênh; gửi lại.",
            UpdatedAt = now,
        }, cancellationToken);
        return null;
    }

    private async Task<PublicationReport> PublishAsync(
        IChannel channel, PlannedItem item, PublishContext context, LocalOutcomes? local, CancellationToken cancellationToken)
    {
        var article = context.Article;
        var now = time.GetUtcNow();
        var isUpdate = item.Action == PlannedAction.Update;
        var claim = NewEntry(article, item, now) with
        {
            ClaimedAt = now,
            SentTitle = article.Title,
            SentSnapshot = channel.Snapshot(context),
        };
        // A local channel in a batch decides the claim in memory (the publish lock keeps one publisher at a time;
        // the planner read this entry under it) instead of committing it before the call.
        var stored = local is not null
            ? LedgerClaim.Decide(item.Entry, claim)
            : await ledger.TryClaimAsync(claim, cancellationToken);
        if (stored is null)
        {
            return Report(item, PublicationOutcome.Waiting, null, "Đang được một tiến trình khác xử lý, hoặc đã đăng.");
        }

        PublishResult result;
        try
        {
            result = await channel.PublishAsync(context, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            const string interrupted = "Bị gián đoạn khi dịch vụ dừng; sẽ đối chiếu với kênh khi chạy lại.";
            await ledger.SaveAsync(stored with { State = PublicationState.Unknown, LastError = interrupted, UpdatedAt = time.GetUtcNow() },
                CancellationToken.None);
            logger.PublishUnknown(article.Title, ChannelNames.Label(item.Channel), interrupted);
            throw;
        }
        catch (Exception ex)
        {
            // A bug or an unexpected I/O error in one channel must not stop the other channels or articles.
            // The request may have gone out before the exception: unknown, so that the next run reconciles first.
            logger.ChannelCrashed(ex, ChannelNames.Label(item.Channel), article.Title);
            result = PublishResult.Unknown($"Lỗi không mong đợi: {ex.Message}. Sẽ đối chiếu với kênh trước khi gửi lại.");
        }

        now = time.GetUtcNow();
        switch (result.Outcome)
        {
            case PublishOutcome.Published:
                var published = stored with
                {
                    State = PublicationState.Published,
                    RemoteId = result.RemoteId ?? stored.RemoteId,
                    RemoteUrl = result.Url ?? stored.RemoteUrl,
                    PublishedHash = article.ContentHash,
                    PublishedAt = stored.PublishedAt ?? now,
                    LastError = null,
                    RetryAfter = null,
                    UpdatedAt = now,
                };
                if (local is not null)
                {
                    local.Add(published);
                }
                else
                {
                    await ledger.SaveAsync(published, CancellationToken.None);
                }

                if (isUpdate)
                {
                    logger.Updated(article.Title, ChannelNames.Label(item.Channel), published.RemoteUrl ?? published.RemoteId ?? "—");
                }
                else
                {
                    logger.Published(article.Title, ChannelNames.Label(item.Channel), published.RemoteUrl ?? published.RemoteId ?? "—");
                }

                return Report(item, isUpdate ? PublicationOutcome.Updated : PublicationOutcome.Published, published.RemoteUrl, null);

            case PublishOutcome.AwaitingManual:
                // Prepared for a person (outbox file, radio script): no publication instant until confirmed.
                await ledger.SaveAsync(stored with
                {
                    State = PublicationState.AwaitingManual,
                    RemoteId = result.RemoteId ?? stored.RemoteId,
                    PublishedHash = article.ContentHash,
                    LastError = null,
                    RetryAfter = null,
                    UpdatedAt = now,
                }, CancellationToken.None);
                logger.AwaitingManual(article.Title, ChannelNames.Label(item.Channel), result.RemoteId ?? "—");
                return Report(item, PublicationOutcome.AwaitingManual, null, "Chờ đăng thủ công; khi đã đăng, ghi nhận bằng: confirm --article " + article.Id + " --channel " + item.Channel + " --url …");

            case PublishOutcome.Unknown when !isUpdate:
                await ledger.SaveAsync(stored with
                {
                    State = PublicationState.Unknown,
                    LastError = result.Error,
                    RetryAfter = now + (result.RetryAfter ?? Backoff(stored.Attempts)),
                    UpdatedAt = now,
                }, CancellationToken.None);
                logger.PublishUnknown(article.Title, ChannelNames.Label(item.Channel), result.Error ?? "không rõ lý do");
                return Report(item, PublicationOutcome.Unknown, null, result.Error);

            default:
                // A failed (or unconfirmed) update leaves the earlier version published; updates are idempotent,
                // so it is simply tried again later.
                var failed = stored with
                {
                    State = isUpdate ? PublicationState.Published : PublicationState.Failed,
                    ContentHash = isUpdate ? stored.PublishedHash ?? stored.ContentHash : stored.ContentHash,
                    LastError = result.Error,
                    RetryAfter = now + (result.RetryAfter ?? Backoff(stored.Attempts)),
                    UpdatedAt = now,
                };
                await ledger.SaveAsync(failed, CancellationToken.None);
                logger.PublishFailed(article.Title, ChannelNames.Label(item.Channel), stored.Attempts, result.Error ?? "không rõ lý do");
                return Report(item, PublicationOutcome.Failed, null, result.Error);
        }
    }

    private TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 16));
        var delay = TimeSpan.FromTicks((long)Math.Min(_options.RetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay;
    }

    private static LedgerEntry NewEntry(Article article, PlannedItem item, DateTimeOffset now) => new()
    {
        ArticleId = article.Id,
        Channel = item.Channel,
        State = PublicationState.Scheduled,
        DueAt = item.DueAt,
        Column = item.Column,
        ContentHash = article.ContentHash,
        Title = article.Title,
        Categories = article.Categories,
        PlanTask = article.PlanTask,
        SourcePath = article.SourcePath,
        CreatedAt = item.Entry?.CreatedAt ?? now,
        UpdatedAt = now,
        Attempts = item.Entry is { } e && e.ContentHash == article.ContentHash ? e.Attempts : 0,
        PublishedHash = item.Entry?.PublishedHash,
        PublishedAt = item.Entry?.PublishedAt,
        RemoteId = item.Entry?.RemoteId,
        RemoteUrl = item.Entry?.RemoteUrl,
        ClaimedAt = item.Entry?.ClaimedAt,
        SentTitle = item.Entry?.SentTitle,
        SentSnapshot = item.Entry?.SentSnapshot,
    };

    private static PublicationReport Report(PlannedItem item, PublicationOutcome outcome, string? url, string? message) =>
        new(item.ArticleId, item.Article?.Title ?? item.Entry?.Title ?? item.ArticleId, item.Channel, outcome, item.DueAt, url, message);
}
