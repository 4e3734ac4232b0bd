using BenchmarkDotNet.Attributes;
using CchcPublisher.Content.Categories;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Plan;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Benchmarks.Ledger;

/// <summary>
/// The ledger queries behind <c>status</c> and <c>plan status</c> (and the per-article look-ups of a publishing
/// run) on a ledger of 1,000,000 rows. Each call opens a pooled connection, as the app does. The seeded file is
/// cached in the temp folder and migrated on a copy (<see cref="LedgerSeeder.EnsureMigratedAsync"/>), so only
/// the first run pays for seeding and migrating.
/// </summary>
[Config(typeof(InProcessJobConfig))]
public class LedgerQueryBenchmarks : IDisposable
{
    private static readonly PublicationState[] Attention =
        [PublicationState.Failed, PublicationState.Unknown, PublicationState.Publishing, PublicationState.Missed];

    private SqliteLedger _ledger = null!;
    private string _articleId = null!;
    private PlanProgressService _progress = null!;
    private PlanDocument _plan = null!;

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = LedgerSeeder.EnsureMigratedAsync(Rows, CancellationToken.None).GetAwaiter().GetResult();
        _ledger = new SqliteLedger(path, TimeSpan.FromSeconds(10));
        _articleId = LedgerSeeder.MiddleArticleIdAsync(path, CancellationToken.None).GetAwaiter().GetResult();
        _progress = new PlanProgressService(_ledger, Options.Create(new CommuneOptions()));
        _plan = SamplePlan.Load();
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

    /// <summary>
    /// <c>plan status</c>'s whole database part: <see cref="PlanProgressService.EvaluateAsync"/> on the sample plan
    /// (content/plan), as of the day the figures were taken, no recorded activities.
    /// </summary>
    [Benchmark]
    public async Task<int> PlanStatus()
    {
        var status = await _progress.EvaluateAsync(_plan, [], CategoryTaxonomy.BuiltIn, null, SamplePlan.AsOf, CancellationToken.None);
        return status.Targets.Count + status.Tasks.Count;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _ledger.Dispose();
        GC.SuppressFinalize(this);
    }
}
