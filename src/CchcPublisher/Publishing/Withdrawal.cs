using CchcPublisher.Channels;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Publishing;

/// <summary>
/// <c>unpublish --article ID [--channel C]</c>: the official takes an article off its channels. Each channel removes
/// the post where its service allows it (website page or WordPress trash, Facebook post, Zalo article, a prepared
/// outbox file or radio script) and says plainly where it does not. Runs under the publish lock, like a publication,
/// so a running service never sends the article while it is being taken off.
/// </summary>
internal sealed class Withdrawal(
    ILedger ledger,
    ChannelPublisher publisher,
    IEnumerable<IChannel> channels,
    IOptions<PathOptions> paths,
    IOptions<PublishingOptions> options,
    TimeProvider time)
{
    private const string ByRequest = "Gỡ theo yêu cầu (lệnh unpublish).";

    private readonly HashSet<string> _registered = channels.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The publications of <paramref name="articleId"/> on <paramref name="channel"/> (or every channel) that are
    /// on a service or prepared for one, each taken off with its own report. Empty when the ledger knows the
    /// article but nothing of it is out.
    /// </summary>
    /// <returns><c>null</c> when the ledger has no entry for the article at all (an unknown id).</returns>
    public async Task<IReadOnlyList<PublicationReport>?> WithdrawAsync(string articleId, string? channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        using var publishLock = await PublishLock.AcquireAsync(paths.Value.DataRoot, options.Value.LockTimeout, time, cancellationToken);
        await ledger.MigrateAsync(cancellationToken);
        var entries = await ledger.ListAsync(new LedgerQuery { ArticleId = articleId }, cancellationToken);
        if (entries.Count == 0)
        {
            return null;
        }

        var reports = new List<PublicationReport>();
        foreach (var entry in entries
                     .Where(e => channel is null || string.Equals(e.Channel, channel, StringComparison.Ordinal))
                     .OrderBy(e => e.Channel, StringComparer.Ordinal))
        {
            if (entry.State is PublicationState.Scheduled or PublicationState.Failed)
            {
                // Not out yet: it simply will not go out (until the article is edited, or asked for by id).
                var pending = new PlannedItem(entry.ArticleId, entry.Channel, null, entry.DueAt, entry.Column, PlannedAction.Withdraw, entry, ByRequest);
                reports.Add(await publisher.MarkAsync(pending, PublicationState.Withdrawn, PublicationOutcome.Withdrawn,
                    "Bài chưa đăng lên kênh này; đã huỷ lịch đăng.", cancellationToken));
                continue;
            }

            if (entry.State is PublicationState.Publishing or PublicationState.Unknown)
            {
                reports.Add(new PublicationReport(entry.ArticleId, entry.Title, entry.Channel, PublicationOutcome.Unknown, entry.DueAt, entry.RemoteUrl,
                    "Lần gửi trước chưa rõ kết quả; chạy publish để đối chiếu với kênh rồi gỡ lại."));
                continue;
            }

            if (entry.State is not (PublicationState.Published or PublicationState.AwaitingManual))
            {
                continue; // Missed, skipped or already withdrawn: nothing is out.
            }

            if (!_registered.Contains(entry.Channel))
            {
                reports.Add(new PublicationReport(entry.ArticleId, entry.Title, entry.Channel, PublicationOutcome.StillOnChannel, entry.DueAt,
                    entry.RemoteUrl, $"Kênh {ChannelNames.Label(entry.Channel)} không còn được cấu hình; hãy gỡ bài trực tiếp trên kênh."));
                continue;
            }

            var item = new PlannedItem(entry.ArticleId, entry.Channel, null, entry.DueAt, entry.Column, PlannedAction.Withdraw, entry, ByRequest);
            reports.Add(await publisher.WithdrawAsync(item, cancellationToken));
        }

        return reports;
    }

    /// <summary>Every article id the ledger knows, for naming the nearest ones to a mistyped id.</summary>
    public async Task<IReadOnlyList<string>> KnownArticleIdsAsync(CancellationToken cancellationToken) =>
        [.. (await ledger.ListAsync(new LedgerQuery(), cancellationToken)).Select(e => e.ArticleId).Distinct(StringComparer.Ordinal)];
}
