using CchcPublisher.Content;
using CchcPublisher.Ledger;

namespace CchcPublisher.Queries;

/// <summary>
/// The recent ledger, rows needing attention first, each flagged when its article was edited after publication.
/// Read by <c>status</c> and by the console's overview.
/// </summary>
internal sealed class StatusQuery(ILedger ledger, IContentLoader contentLoader)
{
    /// <summary>States that need a person's attention, listed before the rest.</summary>
    public static IReadOnlyList<PublicationState> Attention { get; } =
        [PublicationState.Failed, PublicationState.Unknown, PublicationState.Publishing, PublicationState.Missed, PublicationState.AwaitingManual];

    public async Task<IReadOnlyList<StatusRow>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        var max = Math.Max(1, limit);
        await ledger.MigrateAsync(cancellationToken);
        var problems = await ledger.ListAsync(new LedgerQuery { States = [.. Attention], Limit = max }, cancellationToken);
        var recent = await ledger.ListAsync(new LedgerQuery { Limit = max }, cancellationToken);
        var rows = problems
            .Concat(recent.Where(r => !Attention.Contains(r.State)))
            .Take(max)
            .ToList();
        var snapshot = await contentLoader.LoadAsync(null, cancellationToken);
        var hashes = snapshot.Articles.ToDictionary(a => a.Id, a => a.ContentHash, StringComparer.Ordinal);
        return rows
            .Select(entry => new StatusRow(
                entry,
                entry.State == PublicationState.Published &&
                hashes.TryGetValue(entry.ArticleId, out var hash) && entry.IsChangedSincePublished(hash)))
            .ToList();
    }
}
