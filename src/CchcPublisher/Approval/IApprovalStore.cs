namespace CchcPublisher.Approval;

/// <summary>
/// The approval events, in the ledger's database (table <c>approval_events</c>, created by the ledger's
/// migrations: call <see cref="Ledger.ILedger.MigrateAsync"/> first). Append-only.
/// </summary>
internal interface IApprovalStore
{
    Task AddAsync(ApprovalEvent approvalEvent, CancellationToken cancellationToken);

    /// <summary>Every event of one article, oldest first.</summary>
    Task<IReadOnlyList<ApprovalEvent>> HistoryAsync(string articleId, CancellationToken cancellationToken);

    /// <summary>The newest event of every article that has one.</summary>
    Task<IReadOnlyList<ApprovalEvent>> LatestAsync(CancellationToken cancellationToken);
}
