namespace CchcPublisher.Approval;

/// <summary>Vietnamese labels and stored names of <see cref="ApprovalStatus"/>.</summary>
internal static class ApprovalStatusText
{
    public static string Label(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Draft => "nháp",
        ApprovalStatus.Submitted => "chờ duyệt",
        ApprovalStatus.Approved => "đã duyệt",
        ApprovalStatus.Returned => "trả lại",
        _ => status.ToString(),
    };

    /// <summary>The name stored in <c>approval_events.status</c> (stable; never the enum's number).</summary>
    public static string StoredName(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Draft => "draft",
        ApprovalStatus.Submitted => "submitted",
        ApprovalStatus.Approved => "approved",
        ApprovalStatus.Returned => "returned",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static ApprovalStatus Parse(string stored) => stored switch
    {
        "draft" => ApprovalStatus.Draft,
        "submitted" => ApprovalStatus.Submitted,
        "approved" => ApprovalStatus.Approved,
        "returned" => ApprovalStatus.Returned,
        _ => throw new InvalidOperationException($"Trạng thái duyệt không hợp lệ trong cơ sở dữ liệu: '{stored}'."),
    };
}
