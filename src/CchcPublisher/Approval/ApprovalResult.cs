namespace CchcPublisher.Approval;

/// <summary>The outcome of a submit, approve or return: the article's new status, or why nothing changed (Vietnamese).</summary>
internal sealed record ApprovalResult(ArticleApproval? Approval, string? Error)
{
    public bool Ok => Error is null;
}
