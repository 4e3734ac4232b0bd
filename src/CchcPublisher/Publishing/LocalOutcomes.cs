using CchcPublisher.Ledger;

namespace CchcPublisher.Publishing;

/// <summary>
/// The published outcomes of a batch's local channels (<see cref="Channels.IBatchedChannel"/>: the generated
/// website), held until the channels have flushed and synced their files, then written to the ledger in one
/// transaction. A local publication needs no claim before it: it calls no remote service, and writing the same
/// page again after a crash is harmless, so the per-item claim-before-call protocol stays for remote channels
/// only. Order matters: files durable first, then the ledger, so the ledger never says published for a page lost
/// in a power cut; a crash in between only publishes those pages once more, to the same address.
/// </summary>
internal sealed class LocalOutcomes
{
    private readonly List<LedgerEntry> _entries = [];

    public int Count => _entries.Count;

    public void Add(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries.Add(entry);
    }

    /// <summary>Everything held so far, in the order added; the holder is empty afterwards.</summary>
    public IReadOnlyList<LedgerEntry> Take()
    {
        var taken = _entries.ToList();
        _entries.Clear();
        return taken;
    }
}
