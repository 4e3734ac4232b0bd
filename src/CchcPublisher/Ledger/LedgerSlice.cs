namespace CchcPublisher.Ledger;

/// <summary>
/// Part of a <see cref="LedgerWorkingSetQuery"/>: the entries of articles other than those in hand that match every
/// property set here.
/// </summary>
internal sealed record LedgerSlice
{
    public required IReadOnlyCollection<PublicationState> States { get; init; }

    /// <summary>Only these channels (within the query's channels); <c>null</c> for all of them.</summary>
    public IReadOnlyCollection<string>? Channels { get; init; }

    /// <summary>
    /// Only entries holding a column slot (<see cref="LedgerEntry.Column"/> set), and only those of an
    /// (article, column) that has at least one entry in <see cref="States"/> due after this instant; with it, all
    /// of that pair's entries in <see cref="States"/> are returned, whatever their own due time.
    /// </summary>
    public DateTimeOffset? ColumnSlotAfter { get; init; }
}
