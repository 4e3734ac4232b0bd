using BenchmarkDotNet.Attributes;
using CchcPublisher.Ledger;

namespace CchcPublisher.Benchmarks.Ledger;

/// <summary>
/// What every publishing run (and <c>queue</c>) does before planning: load the whole ledger
/// (<c>ListAsync(new LedgerQuery())</c>), plus the unfiltered-by-time state query behind "next due". Shows how
/// that cost grows with the ledger, which the <c>status</c> queries (bounded by <c>LIMIT</c>) do not.
/// </summary>
[Config(typeof(FewIterationsJobConfig))]
public class LedgerLoadAllBenchmarks : IDisposable
{
    private SqliteLedger _ledger = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = LedgerSeeder.EnsureMigratedAsync(Rows, CancellationToken.None).GetAwaiter().GetResult();
        _ledger = new SqliteLedger(path, TimeSpan.FromSeconds(10));
    }

    /// <summary>The planner's input: every entry.</summary>
    [Benchmark]
    public async Task<int> LoadAll() => (await _ledger.ListAsync(new LedgerQuery(), CancellationToken.None)).Count;

    [GlobalCleanup]
    public void Dispose()
    {
        _ledger.Dispose();
        GC.SuppressFinalize(this);
    }
}
