using Microsoft.Extensions.Options;

namespace CchcPublisher.Approval;

/// <summary>
/// What the publisher needs to know about approvals: nothing when the commune does not require them, otherwise
/// the newest event per article (the planner compares its hash with the article's current one).
/// </summary>
internal sealed class ApprovalGate(IOptions<ApprovalOptions> options, IApprovalStore store)
{
    public bool Required => options.Value.Required;

    /// <summary>The newest event per article id, or <c>null</c> when approval is not required. Needs a migrated ledger.</summary>
    public async Task<IReadOnlyDictionary<string, ApprovalEvent>?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!Required)
        {
            return null;
        }

        var latest = await store.LatestAsync(cancellationToken);
        return latest.ToDictionary(e => e.ArticleId, StringComparer.Ordinal);
    }

    /// <summary>Why an article version may not go out yet, or <c>null</c> when it may (Vietnamese, starts with "Chờ duyệt").</summary>
    public static string? Withheld(IReadOnlyDictionary<string, ApprovalEvent>? approvals, string articleId, string contentHash)
    {
        if (approvals is null)
        {
            return null;
        }

        approvals.TryGetValue(articleId, out var latest);
        return ApprovalRules.Effective(latest, contentHash) switch
        {
            ApprovalStatus.Approved => null,
            ApprovalStatus.Returned => $"Chờ duyệt: bài bị trả lại ({latest!.Actor}: {latest.Comment}); sửa rồi gửi duyệt lại.",
            ApprovalStatus.Submitted when ApprovalRules.EditedAfterApproval(latest, contentHash) =>
                "Chờ duyệt: bài đã được sửa sau khi lãnh đạo duyệt; cần duyệt lại bản mới.",
            ApprovalStatus.Submitted => "Chờ duyệt: bài đã gửi, chờ lãnh đạo duyệt.",
            _ => "Chờ duyệt: bài chưa được gửi duyệt (approve --article ID --submit).",
        };
    }
}
