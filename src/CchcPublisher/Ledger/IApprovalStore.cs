namespace CchcPublisher.Ledger;

/// <summary>
/// The approval events of a commune, next to its ledger (same database, same provider). Append-only: a decision is
/// never edited, a later one supersedes it.
/// </summary>
internal interface IApprovalStore
{
    Task AddAsync(ApprovalRecord record, CancellationToken cancellationToken);

    /// <summary>The newest event of each article (of every article when <paramref name="articleIds"/> is null).</summary>
    Task<IReadOnlyDictionary<string, ApprovalRecord>> LatestAsync(IReadOnlyCollection<string>? articleIds, CancellationToken cancellationToken);

    /// <summary>Every event of one article, oldest first.</summary>
    Task<IReadOnlyList<ApprovalRecord>> HistoryAsync(string articleId, CancellationToken cancellationToken);
}
