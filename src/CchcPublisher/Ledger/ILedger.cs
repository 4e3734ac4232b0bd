namespace CchcPublisher.Ledger;

/// <summary>
/// The record of every publication. Small on purpose so that another database (PostgreSQL) can be added
/// without touching callers. Every write is committed before the method returns.
/// </summary>
internal interface ILedger
{
    /// <summary>Creates or migrates the schema. Safe to call at every start.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    Task<LedgerEntry?> FindAsync(string articleId, string channel, CancellationToken cancellationToken);

    /// <summary>Entries matching the query, most recently updated first.</summary>
    Task<IReadOnlyList<LedgerEntry>> ListAsync(LedgerQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The entries a publishing run works on (<see cref="LedgerWorkingSetQuery"/>), each once, most recently updated
    /// first, without reading the rest of the ledger.
    /// </summary>
    Task<IReadOnlyList<LedgerEntry>> ListWorkingSetAsync(LedgerWorkingSetQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The earliest instant after <paramref name="after"/> at which an entry needs a run: a scheduled entry's due
    /// time, or the retry time of a failed, unknown or published (update pending) entry; <c>null</c> when none.
    /// </summary>
    Task<DateTimeOffset?> NextDueAsync(DateTimeOffset after, CancellationToken cancellationToken);

    /// <summary>
    /// A value that changes whenever anything (this process or another) committed a change to the ledger since the
    /// last call, so that a reader may keep what it computed from the ledger while the value stays the same; <c>null</c>
    /// when the provider cannot tell cheaply (then nothing may be kept).
    /// </summary>
    Task<long?> ChangeStampAsync(CancellationToken cancellationToken) => Task.FromResult<long?>(null);

    /// <summary>Inserts or replaces the entry for (ArticleId, Channel).</summary>
    Task SaveAsync(LedgerEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts or replaces several entries in one transaction (local outcomes of a run: scheduled, missed, skipped):
    /// all are committed, or none. Never for a claim or a channel's result, which are committed one by one.
    /// </summary>
    Task SaveAllAsync(IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically moves the entry to <see cref="PublicationState.Publishing"/> (creating it if needed) unless
    /// another worker holds it in that state or it is already published with the same content hash.
    /// Returns the entry as stored, or <c>null</c> when the claim was refused.
    /// </summary>
    Task<LedgerEntry?> TryClaimAsync(LedgerEntry claim, CancellationToken cancellationToken);
}
