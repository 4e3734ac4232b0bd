using CchcPublisher.Channels;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Publishing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.UnitTests.TestSupport;

/// <summary>
/// The publishing pipeline on a real SQLite file, fake content, recording channels and a fake clock.
/// <see cref="CreateRunner"/> builds a fresh runner each time, as a restarted process would.
/// </summary>
internal sealed class PipelineHarness : IDisposable
{
    private readonly TempFolder _folder = new();

    public PipelineHarness(DateTimeOffset now)
    {
        Time = new FakeTimeProvider(now);
        Ledger = new SqliteLedger(System.IO.Path.Combine(_folder.Path, "cchc.db"), TimeSpan.FromSeconds(5));
        Channels = [Website, Zalo];
    }

    public FakeTimeProvider Time { get; }

    public FakeContentLoader Content { get; } = new();

    public SqliteLedger Ledger { get; }

    public RecordingChannel Website { get; } = new("website", canUpdate: true, followsContent: true);

    public RecordingChannel Zalo { get; } = new("zalo");

    public List<IChannel> Channels { get; }

    public PublishingOptions Options { get; } = new()
    {
        Columns = [PublishingOptions.DefaultColumn],
        ChannelOrder = [.. PublishingOptions.DefaultChannelOrder],
        CatchUpWindow = TimeSpan.FromDays(2),
        LockTimeout = TimeSpan.FromSeconds(5),
    };

    public CommuneOptions Commune { get; } = new();

    /// <summary>Approval settings of the runners created from now on (not required by default).</summary>
    public CchcPublisher.Approval.ApprovalOptions Approval { get; } = new();

    /// <summary>Approvals, in the same SQLite file as the ledger.</summary>
    public CchcPublisher.Approval.SqliteApprovalStore Approvals => new(Ledger.DatabasePath, TimeSpan.FromSeconds(5));

    public string DataRoot => _folder.Path;

    public PublicationPlanner CreatePlanner() => new(Microsoft.Extensions.Options.Options.Create(Options), Microsoft.Extensions.Options.Options.Create(Commune));

    public PublishRunner CreateRunner() => CreateRunner(NullLogger<PublishRunner>.Instance, NullLogger<ChannelPublisher>.Instance);

    public PublishRunner CreateRunner(
        Microsoft.Extensions.Logging.ILogger<PublishRunner> runnerLogger, Microsoft.Extensions.Logging.ILogger<ChannelPublisher> publisherLogger,
        CchcPublisher.Content.ContentSnapshotCaching? caching = null)
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var paths = Microsoft.Extensions.Options.Options.Create(new PathOptions { Data = _folder.Path, Content = _folder.Path });
        var publisher = new ChannelPublisher(Channels, Ledger, Time, options, publisherLogger);
        var gate = new CchcPublisher.Approval.ApprovalGate(Microsoft.Extensions.Options.Options.Create(Approval), Approvals);
        return new PublishRunner(Content, Ledger, CreatePlanner(), publisher, gate, new OutputRebuilder(Ledger, Channels, NullLogger<OutputRebuilder>.Instance), Channels, paths, options, Microsoft.Extensions.Options.Options.Create(Commune), Time, runnerLogger, caching);
    }

    public Withdrawal CreateWithdrawal()
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var paths = Microsoft.Extensions.Options.Options.Create(new PathOptions { Data = _folder.Path, Content = _folder.Path });
        var publisher = new ChannelPublisher(Channels, Ledger, Time, options, NullLogger<ChannelPublisher>.Instance);
        return new Withdrawal(Ledger, publisher, Channels, paths, options, Time);
    }

    public Task<PublishRunResult> RunAsync(DateTimeOffset? dueUntil = null, string? article = null) =>
        CreateRunner().RunAsync(new PublishRequest(dueUntil, ArticleId: article), null, CancellationToken.None);

    public async Task<LedgerEntry> EntryAsync(string articleId, string channel) =>
        await Ledger.FindAsync(articleId, channel, CancellationToken.None) ?? throw new InvalidOperationException($"No entry for {articleId}/{channel}");

    public void Dispose()
    {
        Ledger.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
