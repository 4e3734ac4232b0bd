namespace CchcPublisher.Approval;

/// <summary>Whether the leadership approves what goes out (section <c>Approval</c>).</summary>
internal sealed class ApprovalOptions
{
    public const string SectionName = "Approval";

    /// <summary>
    /// False (default): every ready article is published when due. True: only a version a leader approved is
    /// published; an edit after approval sends the article back to "chờ duyệt" and holds its publication (an
    /// earlier approved version already out stays out) until it is approved again.
    /// </summary>
    public bool Required { get; set; }
}
