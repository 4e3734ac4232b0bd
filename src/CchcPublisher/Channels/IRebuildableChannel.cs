using CchcPublisher.Content.Articles;
using CchcPublisher.Ledger;

namespace CchcPublisher.Channels;

/// <summary>
/// A channel whose output lives on this machine and can be made again from the content and the ledger (the
/// generated website). A deleted or damaged output folder is rebuilt before the next publication, and on request.
/// </summary>
internal interface IRebuildableChannel
{
    /// <summary>True when the output is missing or damaged, given how many publications the ledger records here.</summary>
    Task<bool> NeedsRebuildAsync(int publishedCount, CancellationToken cancellationToken);

    /// <summary>
    /// Makes the output again from scratch: every publication the ledger records, with its article as it is now,
    /// its address and its first publication time. Returns how many were written.
    /// </summary>
    Task<int> RebuildAsync(IReadOnlyList<(Article Article, LedgerEntry Entry)> published, CancellationToken cancellationToken);
}
