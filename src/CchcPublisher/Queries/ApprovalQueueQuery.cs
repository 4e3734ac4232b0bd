using CchcPublisher.Approval;
using CchcPublisher.Content;
using CchcPublisher.Content.Articles;
using CchcPublisher.Ledger;

namespace CchcPublisher.Queries;

/// <summary>
/// Articles and where they stand in approval: "chờ duyệt" first (oldest request first), then returned,
/// approved and drafts. Read by <c>approve --list</c> and by the console's "Chờ duyệt" page.
/// </summary>
internal sealed class ApprovalQueueQuery(IContentLoader contentLoader, ILedger ledger, IApprovalStore store, ApprovalGate gate)
{
    public async Task<ApprovalQueueView> GetAsync(CancellationToken cancellationToken)
    {
        await ledger.MigrateAsync(cancellationToken);
        var content = await contentLoader.LoadAsync(null, cancellationToken);
        var latest = (await store.LatestAsync(cancellationToken)).ToDictionary(e => e.ArticleId, StringComparer.Ordinal);
        var rows = content.Articles
            .Where(a => a.Status == ArticleStatus.Ready)
            .Select(a =>
            {
                latest.TryGetValue(a.Id, out var last);
                return new ApprovalRow(a, ApprovalRules.Effective(last, a.ContentHash), last, ApprovalRules.EditedAfterApproval(last, a.ContentHash));
            })
            .OrderBy(r => Rank(r.Status))
            .ThenBy(r => r.Latest?.At ?? DateTimeOffset.MaxValue)
            .ThenBy(r => r.Article.Id, StringComparer.Ordinal)
            .ToList();
        return new ApprovalQueueView(rows, gate.Required, content.Taxonomy);
    }

    /// <summary>One article's row, or <c>null</c> when no valid article has that id.</summary>
    public async Task<ApprovalRow?> FindAsync(string articleId, CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).Rows.FirstOrDefault(r => string.Equals(r.Article.Id, articleId, StringComparison.Ordinal));

    private static int Rank(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Submitted => 0,
        ApprovalStatus.Returned => 1,
        ApprovalStatus.Approved => 2,
        _ => 3,
    };
}
