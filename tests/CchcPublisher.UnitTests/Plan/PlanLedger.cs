using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Plan;
using CchcPublisher.UnitTests.TestSupport;
using Microsoft.Extensions.Options;

namespace CchcPublisher.UnitTests.Plan;

/// <summary>A real SQLite ledger in a temp folder, with a shortcut to record publications at commune-local times.</summary>
internal sealed class PlanLedger : IDisposable
{
    private readonly TempFolder _folder = new();

    public PlanLedger()
    {
        Ledger = new SqliteLedger(Path.Combine(_folder.Path, "cchc.db"), TimeSpan.FromSeconds(5));
        Ledger.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public SqliteLedger Ledger { get; }

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public PlanProgressService Progress() => new(Ledger, Options.Create(new CommuneOptions()));

    /// <summary>Records a confirmed publication at <paramref name="local"/> (commune time, "2026-03-02 08:00").</summary>
    public async Task PublishAsync(
        string articleId, string channel, string local, string[]? categories = null, string? planTask = null,
        PublicationState state = PublicationState.Published, string? url = null)
    {
        var time = DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture);
        var instant = new DateTimeOffset(time, Zone.GetUtcOffset(time));
        await Ledger.SaveAsync(new LedgerEntry
        {
            ArticleId = articleId,
            Channel = channel,
            State = state,
            ContentHash = "h",
            PublishedHash = state == PublicationState.Published ? "h" : null,
            Title = $"Bài {articleId}",
            Categories = categories ?? ["thu-tuc-hanh-chinh"],
            PlanTask = planTask,
            RemoteUrl = url,
            CreatedAt = instant,
            UpdatedAt = instant,
            PublishedAt = state == PublicationState.Published ? instant : null,
        }, CancellationToken.None);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
