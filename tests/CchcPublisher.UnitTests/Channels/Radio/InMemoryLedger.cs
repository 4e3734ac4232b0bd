using CchcPublisher.Ledger;

namespace CchcPublisher.UnitTests.Channels.Radio;

/// <summary>A dictionary-backed <see cref="ILedger"/> for the radio tests (the SQLite ledger is tested on its own).</summary>
internal sealed class InMemoryLedger : ILedger
{
    private readonly Dictionary<(string ArticleId, string Channel), LedgerEntry> _entries = [];

    public IReadOnlyCollection<LedgerEntry> Entries => _entries.Values;

    public Task MigrateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<LedgerEntry?> FindAsync(string articleId, string channel, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.GetValueOrDefault((articleId, channel)));

    public Task<IReadOnlyList<LedgerEntry>> ListAsync(LedgerQuery query, CancellationToken cancellationToken)
    {
        IEnumerable<LedgerEntry> result = _entries.Values;
        if (query.Channel is not null)
        {
            result = result.Where(e => e.Channel == query.Channel);
        }

        if (query.States is not null)
        {
            result = result.Where(e => query.States.Contains(e.State));
        }

        if (query.ArticleId is not null)
        {
            result = result.Where(e => e.ArticleId == query.ArticleId);
        }

        return Task.FromResult<IReadOnlyList<LedgerEntry>>([.. result.OrderByDescending(e => e.UpdatedAt)]);
    }

    public Task<IReadOnlyList<LedgerEntry>> ListWorkingSetAsync(LedgerWorkingSetQuery query, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<DateTimeOffset?> NextDueAsync(DateTimeOffset after, CancellationToken cancellationToken) => throw new NotSupportedException();

    public async Task SaveAllAsync(IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            await SaveAsync(entry, cancellationToken);
        }
    }

    public Task SaveAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        _entries[(entry.ArticleId, entry.Channel)] = entry;
        return Task.CompletedTask;
    }

    public Task<LedgerEntry?> TryClaimAsync(LedgerEntry claim, CancellationToken cancellationToken) => throw new NotSupportedException();
}
