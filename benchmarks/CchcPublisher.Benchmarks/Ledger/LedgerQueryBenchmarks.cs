using BenchmarkDotNet.Attributes;
using CchcPublisher.Ledger;

namespace CchcPublisher.Benchmarks.Ledger;

/// <summary>
/// The ledger queries behind <c>status</c> (and the per-article look-ups of a publishing run) on a ledger of
/// 1,000,000 rows. Each call opens a pooled connection, as the app does. The seeded file is cached in the temp
/// folder (<see cref="LedgerSeeder.EnsureAsync"/>), so only the first run pays for seeding.
/// </summary>
[Config(typeof(InProcessJobConfig))]
public class LedgerQueryBenchmarks
{
    private static readonly PublicationState[] Attention =
        [PublicationState.Failed, PublicationState.Unknown, PublicationState.Publishing, PublicationState.Missed];

    private SqliteLedger _ledger = null!;
    private string _articleId = null!;

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = LedgerSeeder.EnsureAsync(Rows, CancellationToken.None).GetAwaiter().GetResult();
        _ledger = new SqliteLedger(path, TimeSpan.FromSeconds(10));
        _articleId = LedgerSeeder.MiddleArticleIdAsync(path, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary><c>status</c>, first query: the newest 30 entries needing attention.</summary>
    [Benchmark]
    public async Task<int> StatusProblems() =>
        (await _ledger.ListAsync(new LedgerQuery { States = Attention, Limit = 30 }, CancellationToken.None)).Count;

    /// <summary><c>status</c>, second query: the newest 30 entries of any state.</summary>
    [Benchmark]
    public async Task<int> StatusRecent() =>
        (await _ledger.ListAsync(new LedgerQuery { Limit = 30 }, CancellationToken.None)).Count;

    /// <summary>Both queries, as <c>status</c> runs them (its whole ledger cost).</summary>
    [Benchmark]
    public async Task<int> StatusBoth()
    {
        return await StatusProblems() + await StatusRecent();
    }

    /// <summary>A publishing run's per-article look-up (earlier results of one article): primary-key range.</summary>
    [Benchmark]
    public async Task<int> ArticlePublished() =>
        (await _ledger.ListAsync(new LedgerQuery { ArticleId = _articleId, States = [PublicationState.Published] }, CancellationToken.None)).Count;
}
