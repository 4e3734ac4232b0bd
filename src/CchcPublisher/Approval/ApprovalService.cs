using CchcPublisher.Content;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Logging;

namespace CchcPublisher.Approval;

/// <summary>
/// Submits, approves and returns articles, always for the version now on disk (its content hash): what a leader
/// approved is exactly what will be published. Shared by <c>approve</c> and the console's "Chờ duyệt" page.
/// </summary>
internal sealed partial class ApprovalService(IContentLoader content, ILedger ledger, IApprovalStore store, TimeProvider time, ILogger<ApprovalService> logger)
{
    public Task<ApprovalResult> SubmitAsync(string articleId, string actor, CancellationToken cancellationToken) =>
        DecideAsync(articleId, ApprovalDecision.Submitted, actor, null, cancellationToken);

    public Task<ApprovalResult> ApproveAsync(string articleId, string actor, string? comment, CancellationToken cancellationToken) =>
        DecideAsync(articleId, ApprovalDecision.Approved, actor, comment, cancellationToken);

    public Task<ApprovalResult> ReturnAsync(string articleId, string actor, string comment, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(comment)
            ? Task.FromResult(new ApprovalResult(null, "Trả lại bài cần ghi lý do (góp ý) để người viết biết cần sửa gì."))
            : DecideAsync(articleId, ApprovalDecision.Returned, actor, comment, cancellationToken);

    /// <summary>The current status of every article in the content folder, in the loader's order.</summary>
    public async Task<IReadOnlyList<(Content.Articles.Article Article, ArticleApproval Approval)>> ListAsync(CancellationToken cancellationToken)
    {
        await ledger.MigrateAsync(cancellationToken);
        var snapshot = await content.LoadAsync(null, cancellationToken);
        var latest = await store.LatestAsync(null, cancellationToken);
        return [.. snapshot.Articles.Select(a => (a, ArticleApproval.Of(a.Id, a.ContentHash, latest.GetValueOrDefault(a.Id))))];
    }

    private async Task<ApprovalResult> DecideAsync(string articleId, ApprovalDecision decision, string actor, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        await ledger.MigrateAsync(cancellationToken);
        var snapshot = await content.LoadAsync(null, cancellationToken);
        var article = snapshot.Articles.FirstOrDefault(a => string.Equals(a.Id, articleId, StringComparison.Ordinal));
        if (article is null)
        {
            return new ApprovalResult(null, $"Không có bài '{articleId}' trong thư mục nội dung (hoặc tệp đang có lỗi: chạy validate).");
        }

        var latest = (await store.LatestAsync([articleId], cancellationToken)).GetValueOrDefault(articleId);
        var current = ArticleApproval.Of(article.Id, article.ContentHash, latest);
        var refusal = (decision, current.Status) switch
        {
            (ApprovalDecision.Submitted, ApprovalStatus.Pending) when !current.EditedSince => "Bài đã ở trạng thái chờ duyệt.",
            (ApprovalDecision.Submitted, ApprovalStatus.Approved) => "Phiên bản này đã được duyệt.",
            (ApprovalDecision.Approved, ApprovalStatus.Approved) => "Phiên bản này đã được duyệt.",
            _ => null,
        };
        if (refusal is not null)
        {
            return new ApprovalResult(current, refusal);
        }

        var record = new ApprovalRecord(article.Id, article.ContentHash, decision, actor, time.GetUtcNow(), string.IsNullOrWhiteSpace(comment) ? null : comment.Trim());
        await store.AddAsync(record, cancellationToken);
        Decided(logger, article.Title, ArticleApproval.Label(ArticleApproval.Of(article.Id, article.ContentHash, record).Status), actor);
        return new ApprovalResult(ArticleApproval.Of(article.Id, article.ContentHash, record), null);
    }

    [LoggerMessage(9101, LogLevel.Information, "Duyệt bài: \"{Title}\" → {Status} ({Actor}).")]
    private static partial void Decided(ILogger logger, string title, string status, string actor);
}
