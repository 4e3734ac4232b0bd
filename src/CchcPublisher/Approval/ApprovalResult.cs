namespace CchcPublisher.Approval;

/// <summary>What an approval step did: the recorded event and the article's title, or a Vietnamese error.</summary>
internal sealed record ApprovalResult(ApprovalEvent? Event, string? Title, string? Error)
{
    public static ApprovalResult Failed(string error) => new(null, null, error);
}
