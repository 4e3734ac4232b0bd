using CchcPublisher.Common;
using CchcPublisher.Content;
using CchcPublisher.Ledger;

namespace CchcPublisher.Approval;

/// <summary>
/// Submits, approves and returns articles: each step is recorded against the article's current version (its
/// content hash, read from the file now). Shared by the <c>approve</c> command and the console.
/// </summary>
internal sealed class ApprovalService(IContentLoader contentLoader, ILedger ledger, IApprovalStore store, TimeProvider time)
{
    public Task<ApprovalResult> SubmitAsync(string articleId, string actor, string? comment, CancellationToken cancellationToken) =>
        RecordAsync(articleId, ApprovalStatus.Submitted, actor, comment, cancellationToken);

    public Task<ApprovalResult> ApproveAsync(string articleId, string actor, string? comment, CancellationToken cancellationToken) =>
        RecordAsync(articleId, ApprovalStatus.Approved, actor, comment, cancellationToken);

    public Task<ApprovalResult> ReturnAsync(string articleId, string actor, string? comment, CancellationToken cancellationToken) =>
        RecordAsync(articleId, ApprovalStatus.Returned, actor, comment, cancellationToken);

    /// <param name="expectedHash">When given (the console's form), the version the person saw: refused if the file changed since.</param>
    public async Task<ApprovalResult> RecordAsync(
        string articleId, ApprovalStatus status, string actor, string? comment, CancellationToken cancellationToken, string? expectedHash = null)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        if (string.IsNullOrWhiteSpace(actor))
        {
            return ApprovalResult.Failed("Chưa rõ người thực hiện (dùng --by TÊN).");
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (status == ApprovalStatus.Returned && comment is null)
        {
            return ApprovalResult.Failed("Trả lại bài cần có ý kiến (--comment \"…\"): người viết cần biết phải sửa gì.");
        }

        if (status == ApprovalStatus.Draft)
        {
            return ApprovalResult.Failed("Không thể chuyển bài về trạng thái nháp.");
        }

        var id = articleId.Trim();
        var content = await contentLoader.LoadAsync(null, cancellationToken);
        var article = content.Articles.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal));
        if (article is null)
        {
            var broken = content.Diagnostics.FirstOrDefault(d => d.IsError && d.Path.Contains(id, StringComparison.OrdinalIgnoreCase));
            if (broken is not null)
            {
                return ApprovalResult.Failed($"Bài '{id}' đang có lỗi, sửa lỗi trước khi duyệt: {broken}");
            }

            var guess = NearestMatch.Find(id, content.Articles.Select(a => a.Id));
            return ApprovalResult.Failed($"Không tìm thấy bài viết '{id}'." + (guess is null ? string.Empty : $" Có phải '{guess}'?"));
        }

        if (expectedHash is not null && !string.Equals(expectedHash, article.ContentHash, StringComparison.Ordinal))
        {
            return ApprovalResult.Failed($"Bài \"{article.Title}\" vừa được sửa sau khi trang được mở; hãy xem lại bản mới rồi thực hiện lại.");
        }

        await ledger.MigrateAsync(cancellationToken);
        var history = await store.HistoryAsync(article.Id, cancellationToken);
        var latest = history.Count > 0 ? history[^1] : null;
        var current = ApprovalRules.Effective(latest, article.ContentHash);
        var sameVersion = latest is not null && string.Equals(latest.ContentHash, article.ContentHash, StringComparison.Ordinal);
        if (status == current && sameVersion)
        {
            return ApprovalResult.Failed($"Bài \"{article.Title}\" đã ở trạng thái \"{ApprovalStatusText.Label(status)}\".");
        }

        if (status == ApprovalStatus.Submitted && current == ApprovalStatus.Approved)
        {
            return ApprovalResult.Failed($"Bài \"{article.Title}\" đã được duyệt ở phiên bản hiện tại; không cần gửi duyệt lại.");
        }

        var recorded = new ApprovalEvent(article.Id, article.ContentHash, status, actor.Trim(), time.GetUtcNow(), comment);
        await store.AddAsync(recorded, cancellationToken);
        return new ApprovalResult(recorded, article.Title, null);
    }
}
