using CchcPublisher.Approval;
using CchcPublisher.Content.Articles;

namespace CchcPublisher.Queries;

/// <summary>
/// One article's approval: its effective status for the current version, the newest event (who, when, comment)
/// and whether the file was edited after an approval.
/// </summary>
internal sealed record ApprovalRow(Article Article, ApprovalStatus Status, ApprovalEvent? Latest, bool EditedAfterApproval);
