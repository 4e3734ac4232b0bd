namespace CchcPublisher.Approval;

/// <summary>Whether the commune's leadership approves articles before they go out (<c>Approval</c>).</summary>
internal sealed class ApprovalOptions
{
    public const string SectionName = "Approval";

    /// <summary>
    /// When true, only an article whose current version (content hash) has been approved is published; an edit
    /// after approval sends it back to "chờ duyệt". Default false.
    /// </summary>
    public bool Required { get; set; }
}
