namespace CchcPublisher.Approval;

/// <summary>Where an article's current version stands in the approval flow: nháp → chờ duyệt → đã duyệt, or trả lại.</summary>
internal enum ApprovalStatus
{
    /// <summary>Nháp: never submitted, or edited after it was returned.</summary>
    Draft,

    /// <summary>Chờ duyệt: submitted, or approved in an earlier version and edited since.</summary>
    Pending,

    /// <summary>Đã duyệt: a leader approved exactly this version.</summary>
    Approved,

    /// <summary>Trả lại: a leader sent this version back with a comment.</summary>
    Returned,
}
