using CchcPublisher.Ledger;

namespace CchcPublisher.Approval;

/// <summary>
/// An article's approval status for its current version (<paramref name="ContentHash"/>), derived from its newest
/// approval event: an event about another version means the article changed since. <paramref name="EditedSince"/>
/// says so, for "chờ duyệt lại".
/// </summary>
internal sealed record ArticleApproval(string ArticleId, string ContentHash, ApprovalStatus Status, ApprovalRecord? Latest, bool EditedSince)
{
    /// <summary>The status of the version with <paramref name="contentHash"/>, given the article's newest event.</summary>
    public static ArticleApproval Of(string articleId, string contentHash, ApprovalRecord? latest)
    {
        if (latest is null)
        {
            return new(articleId, contentHash, ApprovalStatus.Draft, null, false);
        }

        var same = string.Equals(latest.ContentHash, contentHash, StringComparison.Ordinal);
        var status = (latest.Decision, same) switch
        {
            (ApprovalDecision.Approved, true) => ApprovalStatus.Approved,
            (ApprovalDecision.Returned, true) => ApprovalStatus.Returned,
            (ApprovalDecision.Returned, false) => ApprovalStatus.Draft, // edited after it came back: submit again
            _ => ApprovalStatus.Pending, // submitted (any version), or approved before an edit: back to "chờ duyệt"
        };
        return new(articleId, contentHash, status, latest, !same);
    }

    public static string Label(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Draft => "Nháp",
        ApprovalStatus.Pending => "Chờ duyệt",
        ApprovalStatus.Approved => "Đã duyệt",
        _ => "Trả lại",
    };
}
