namespace CchcPublisher.Ledger;

/// <summary>
/// Aggregate counts over published entries for plan progress and reports. Implementations count in the
/// database (indexed range scans), never by loading entries: a million-row ledger must answer in milliseconds.
/// "Published" means the entry has a confirmed publication instant (<see cref="LedgerEntry.PublishedAt"/>,
/// the first publication; later updates do not move it). Articles (per category, per task) are counted once,
/// at their first publication on any channel, with the task and categories the ledger holds for them now.
/// </summary>
internal interface ILedgerStatistics
{
    /// <summary>For each range, in order, how many published items match <paramref name="count"/>.</summary>
    Task<IReadOnlyList<int>> CountAsync(PublicationCount count, IReadOnlyList<InstantRange> ranges, CancellationToken cancellationToken);

    /// <summary>Published entries per channel in the range.</summary>
    Task<IReadOnlyDictionary<string, int>> CountByChannelAsync(InstantRange range, CancellationToken cancellationToken);

    /// <summary>Published articles per category, by first publication in the range.</summary>
    Task<IReadOnlyDictionary<string, int>> CountByCategoryAsync(InstantRange range, CancellationToken cancellationToken);

    /// <summary>Published articles per plan task (keys compared case-insensitively), by first publication in the range.</summary>
    Task<IReadOnlyDictionary<string, int>> CountByPlanTaskAsync(InstantRange range, CancellationToken cancellationToken);
}
