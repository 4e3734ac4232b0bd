namespace CchcPublisher.Queries;

/// <summary>Every article's approval, waiting ones first; <paramref name="Required"/> says whether publishing needs it.</summary>
internal sealed record ApprovalQueueView(IReadOnlyList<ApprovalRow> Rows, bool Required);
