using System.Globalization;
using CchcPublisher.Content.Articles;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Publishing;

/// <summary>
/// Decides, for every (article, channel) pair, what a run should do. Pure apart from its options: no I/O,
/// "now" comes in the input, so every rule (queue slots, catch-up, idempotency, edits) is unit-testable.
/// </summary>
internal sealed class PublicationPlanner(IOptions<PublishingOptions> options, IOptions<CommuneOptions> commune)
{
    private readonly PublishingOptions _options = options.Value;
    private readonly TimeZoneInfo _timeZone = commune.Value.GetTimeZone();

    public IReadOnlyList<ColumnSchedule> Columns =>
        [.. _options.Columns.Select(c => new ColumnSchedule(c, _timeZone))];

    public IReadOnlyList<PlannedItem> Plan(PlanningInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Sized once (a 10,000-article run holds 30,000 entries): tables grown by doubling leave their smaller copies
        // on the large object heap until a full collection.
        var entries = new Dictionary<(string, string), LedgerEntry>(input.Entries.Count);
        foreach (var e in input.Entries)
        {
            if (input.AvailableChannels.Contains(e.Channel))
            {
                entries.Add((e.ArticleId, e.Channel), e);
            }
        }

        var slots = AssignQueueSlots(input, entries.Values);
        var items = new List<PlannedItem>(entries.Count + input.Content.Articles.Count);
        var seen = new HashSet<(string, string)>(entries.Count + input.Content.Articles.Count);
        var articles = input.Content.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);

        foreach (var article in input.Content.Articles.Where(a => a.Status == ArticleStatus.Ready))
        {
            if (input.OnlyArticle is not null && article.Id != input.OnlyArticle)
            {
                continue;
            }

            DateTimeOffset due;
            string? column = null;
            IReadOnlyList<string> channels = article.Channels;
            if (article.PublishAt is { } at)
            {
                due = at;
            }
            else if (slots.TryGetValue(article.Id, out var slot))
            {
                due = slot.Slot;
                column = slot.Column.Key;
                if (!article.ChannelsExplicit && slot.Column.Column.Channels.Count > 0)
                {
                    channels = slot.Column.Column.Channels;
                }
            }
            else
            {
                continue; // No column accepts it; the validator reports that as a warning.
            }

            foreach (var channel in OrderChannels(channels))
            {
                if (!input.AvailableChannels.Contains(channel) || (input.OnlyChannel is not null && channel != input.OnlyChannel))
                {
                    continue;
                }

                seen.Add((article.Id, channel));
                entries.TryGetValue((article.Id, channel), out var entry);
                items.Add(Withhold(input, Decide(input, article, channel, due, column, entry)));
            }
        }

        // Ledger entries with no current (article, channel): removed files, drafts, dropped channels.
        var brokenFiles = input.Content.Diagnostics
            .Where(d => d.IsError)
            .Select(d => Path.GetFullPath(d.Path))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries.Values.OrderBy(e => e.ArticleId, StringComparer.Ordinal).ThenBy(e => e.Channel, StringComparer.Ordinal))
        {
            var onChannel = entry.State is PublicationState.Published or PublicationState.AwaitingManual;
            if (seen.Contains((entry.ArticleId, entry.Channel)) ||
                (input.OnlyArticle is not null && entry.ArticleId != input.OnlyArticle) ||
                (input.OnlyChannel is not null && entry.Channel != input.OnlyChannel) ||
                !(entry.State is PublicationState.Scheduled or PublicationState.Failed || onChannel))
            {
                continue;
            }

            articles.TryGetValue(entry.ArticleId, out var article);
            var fileBroken = article is null && entry.SourcePath is not null && brokenFiles.Contains(Path.GetFullPath(entry.SourcePath));
            if (onChannel)
            {
                // A publication follows its article off the website when the file is removed or made a draft, and so
                // does anything still waiting to be posted or aired by hand; never when the file is only broken, nor
                // when the whole content folder read as empty (a wrong path, an unplugged drive): withdrawing
                // everything then would be a disaster, not the official's wish.
                var follows = input.FollowingChannels.Contains(entry.Channel) || entry.State == PublicationState.AwaitingManual;
                if (follows && !fileBroken && input.Content.Articles.Count > 0 &&
                    article is null or { Status: ArticleStatus.Draft })
                {
                    items.Add(new(entry.ArticleId, entry.Channel, article, entry.DueAt, entry.Column, PlannedAction.Withdraw, entry,
                        article is null ? "Tệp bài viết đã bị xoá khỏi thư mục nội dung." : "Bài viết đã chuyển sang bản nháp (status: draft)."));
                }

                continue;
            }

            if (fileBroken)
            {
                items.Add(new(entry.ArticleId, entry.Channel, null, entry.DueAt, entry.Column, PlannedAction.Wait, entry,
                    "Tệp bài viết đang có lỗi; sửa lỗi (xem lệnh validate) để bài được đăng."));
                continue;
            }

            var reason = article switch
            {
                null => "Bài viết đã bị xoá khỏi thư mục nội dung.",
                { Status: ArticleStatus.Draft } => "Bài viết đã chuyển sang bản nháp (status: draft).",
                _ => "Kênh này đã bị bỏ khỏi bài viết.",
            };
            items.Add(new(entry.ArticleId, entry.Channel, article, entry.DueAt, entry.Column, PlannedAction.Skip, entry, reason));
        }

        return items;
    }

    /// <summary>
    /// With approval required, a version without approval is not sent (nor marked missed): it waits, and the
    /// queue shows why. Already scheduled items keep their slot and carry the reason too.
    /// </summary>
    private static PlannedItem Withhold(PlanningInput input, PlannedItem item)
    {
        if (item.Action is not (PlannedAction.Publish or PlannedAction.Update or PlannedAction.MarkMissed or PlannedAction.Schedule) ||
            Approval.ApprovalGate.Withheld(input.Approvals, item.ArticleId, item.Article!.ContentHash) is not { } reason)
        {
            return item;
        }

        return item.Action == PlannedAction.Schedule
            ? item with { Reason = reason }
            : item with { Action = PlannedAction.Wait, Reason = reason };
    }

    /// <summary>The column an article without <c>publish_at</c> joins, or <c>null</c> when none accepts it.</summary>
    public ColumnSchedule? ColumnFor(Article article) =>
        Columns.FirstOrDefault(c => c.Accepts(article.Categories));

    private PlannedItem Decide(PlanningInput input, Article article, string channel, DateTimeOffset due, string? column, LedgerEntry? entry)
    {
        PlannedItem Item(PlannedAction action, string? reason = null) =>
            new(article.Id, channel, article, due, column, action, entry, reason);

        switch (entry?.State)
        {
            case PublicationState.Published:
                if (entry.PublishedHash == article.ContentHash)
                {
                    return Item(PlannedAction.None);
                }

                if (!input.UpdatableChannels.Contains(channel))
                {
                    return Item(PlannedAction.ReportChanged, "Bài đã được sửa sau khi đăng; kênh này không cập nhật được bài đã đăng.");
                }

                return entry.RetryAfter is { } updateRetry && updateRetry > input.Now && input.OnlyArticle is null
                    ? Item(PlannedAction.Wait, $"Cập nhật lần trước chưa thành công: {entry.LastError}")
                    : Item(PlannedAction.Update);

            case PublicationState.AwaitingManual when entry.PublishedHash == article.ContentHash:
                return Item(PlannedAction.None);

            case PublicationState.Unknown when entry.RetryAfter is { } check && check > input.Now && input.OnlyArticle is null:
                return Item(PlannedAction.Wait, $"Chờ đối chiếu lại với kênh: {entry.LastError}");

            case PublicationState.Publishing:
            case PublicationState.Unknown:
                return Item(PlannedAction.Reconcile);

            case PublicationState.Withdrawn when entry.ContentHash == article.ContentHash && input.OnlyArticle is null:
                return Item(PlannedAction.None); // Taken off on purpose: back only when edited, or when asked by id.

            case PublicationState.Withdrawn:
                // Back (edited, or asked for by id): it was public before, so it goes out again now, whatever its date.
                return due > input.DueUntil ? Item(PlannedAction.Schedule) : Item(PlannedAction.Publish);

            case PublicationState.Missed when entry.ContentHash == article.ContentHash && entry.DueAt == due:
            case PublicationState.Skipped when entry.ContentHash == article.ContentHash && entry.DueAt == due:
                return Item(PlannedAction.None);

            case PublicationState.Failed when entry.ContentHash == article.ContentHash && input.OnlyArticle is null:
                if (entry.Attempts >= _options.MaxAttempts)
                {
                    return Item(PlannedAction.Wait, string.Create(CultureInfo.InvariantCulture,
                        $"Đã thử {entry.Attempts} lần không thành công; kiểm tra lỗi rồi chạy lại: publish --article {article.Id}"));
                }

                if (entry.RetryAfter is { } retryAfter && retryAfter > input.Now)
                {
                    return Item(PlannedAction.Wait, "Đang chờ đến lượt thử lại.");
                }

                break;

            default:
                break;
        }

        if (due > input.DueUntil)
        {
            return Item(PlannedAction.Schedule);
        }

        var window = _options.CatchUpWindowFor(channel);
        return input.Now - due > window
            ? Item(PlannedAction.MarkMissed, string.Create(CultureInfo.InvariantCulture,
                $"Quá hạn đăng hơn {FormatWindow(window)} (dịch vụ không chạy vào lúc đến hạn); không đăng bù."))
            : Item(PlannedAction.Publish);
    }

    private IEnumerable<string> OrderChannels(IReadOnlyList<string> channels)
    {
        var order = _options.ChannelOrder;
        return channels
            .Distinct(StringComparer.Ordinal)
            .OrderBy(c => order.IndexOf(c) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(c => c, StringComparer.Ordinal);
    }

    private Dictionary<string, (ColumnSchedule Column, DateTimeOffset Slot)> AssignQueueSlots(
        PlanningInput input, IEnumerable<LedgerEntry> entries)
    {
        var result = new Dictionary<string, (ColumnSchedule, DateTimeOffset)>(StringComparer.Ordinal);
        var entryList = entries.ToList();
        var queuedIds = input.Content.Articles
            .Where(a => a.Status == ArticleStatus.Ready && a.PublishAt is null)
            .Select(a => a.Id)
            .ToHashSet(StringComparer.Ordinal);
        var order = (input.Content.QueueOrder ?? [])
            .Select((id, position) => (id, position))
            .ToDictionary(p => p.id, p => p.position, StringComparer.Ordinal);
        foreach (var column in Columns)
        {
            // A slot stays taken by an article still queued here, or by one that already went out in it. When the
            // official chose an order (hang-doi.txt), the articles of the column that have only been scheduled give
            // their slots back to a pool, handed out again in the chosen order.
            var held = entryList
                .Where(e => e.Column == column.Key && e.DueAt is not null &&
                            (queuedIds.Contains(e.ArticleId) || e.State is PublicationState.Published or PublicationState.AwaitingManual))
                .GroupBy(e => e.ArticleId, StringComparer.Ordinal)
                .Select(g => (Id: g.Key, Slot: g.Min(e => e.DueAt!.Value),
                    Movable: order.Count > 0 && queuedIds.Contains(g.Key) && g.All(e => e.State == PublicationState.Scheduled)))
                .ToList();
            var heldSlots = held.ToDictionary(h => h.Id, h => h.Slot, StringComparer.Ordinal);

            // Queue order: the chosen order first; then articles already holding a slot, by slot; then new ones by path.
            var queued = input.Content.Articles
                .Where(a => a.Status == ArticleStatus.Ready && a.PublishAt is null && !result.ContainsKey(a.Id) && column.Accepts(a.Categories))
                .OrderBy(a => order.TryGetValue(a.Id, out var position) ? position : int.MaxValue)
                .ThenBy(a => heldSlots.TryGetValue(a.Id, out var slot) ? slot : DateTimeOffset.MaxValue)
                .ThenBy(a => a.RelativePath, StringComparer.Ordinal)
                .Select(a => a.Id)
                .ToList();
            var taken = held.Where(h => !h.Movable).ToDictionary(h => h.Id, h => h.Slot, StringComparer.Ordinal);
            var pool = held.Where(h => h.Movable).Select(h => h.Slot).ToList();
            foreach (var (id, slot) in QueueAssigner.Assign(column, queued, taken, input.Now, pool))
            {
                result[id] = (column, slot);
            }
        }

        return result;
    }

    private static string FormatWindow(TimeSpan window) =>
        window.TotalDays >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{window.TotalDays:0.#} ngày")
            : string.Create(CultureInfo.InvariantCulture, $"{window.TotalHours:0.#} giờ");
}
