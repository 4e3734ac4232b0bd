namespace CchcPublisher.Ledger;

/// <summary>What a person did to one version of an article in the approval flow.</summary>
internal enum ApprovalDecision
{
    /// <summary>Gửi duyệt: the writer asks the leadership to approve this version.</summary>
    Submitted,

    /// <summary>Đã duyệt: a leader approved exactly this version (its content hash).</summary>
    Approved,

    /// <summary>Trả lại: a leader sent this version back, with a comment.</summary>
    Returned,
}
