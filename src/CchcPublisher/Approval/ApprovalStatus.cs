namespace CchcPublisher.Approval;

/// <summary>Where an article version stands in the leadership's approval.</summary>
internal enum ApprovalStatus
{
    /// <summary>Nháp: never submitted.</summary>
    Draft,

    /// <summary>Chờ duyệt: submitted, or approved in an earlier version and edited since.</summary>
    Submitted,

    /// <summary>Đã duyệt: the current version (content hash) is approved.</summary>
    Approved,

    /// <summary>Trả lại: returned to its writer with a comment.</summary>
    Returned,
}
