namespace CchcPublisher.Approval;

/// <summary>How the effective status follows from the newest event and the article's current version.</summary>
internal static class ApprovalRules
{
    /// <summary>
    /// Nháp without events; an approval holds only for the version it was given on, so an edited article is
    /// "chờ duyệt" again; a submission or a return stays what it was whatever is edited since.
    /// </summary>
    public static ApprovalStatus Effective(ApprovalEvent? latest, string currentHash) => latest switch
    {
        null => ApprovalStatus.Draft,
        { Status: ApprovalStatus.Approved } when !string.Equals(latest.ContentHash, currentHash, StringComparison.Ordinal) => ApprovalStatus.Submitted,
        _ => latest.Status,
    };

    /// <summary>True when the approval was given on an earlier version than <paramref name="currentHash"/>.</summary>
    public static bool EditedAfterApproval(ApprovalEvent? latest, string currentHash) =>
        latest is { Status: ApprovalStatus.Approved } && !string.Equals(latest.ContentHash, currentHash, StringComparison.Ordinal);
}
