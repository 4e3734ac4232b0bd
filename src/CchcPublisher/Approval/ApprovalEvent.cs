namespace CchcPublisher.Approval;

/// <summary>
/// One step of an article's approval, bound to the version (content hash) it was taken on.
/// Stored in the database only: editing the Markdown file cannot forge one.
/// </summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="ContentHash">The article version (<see cref="Content.Articles.Article.ContentHash"/>) the step applies to.</param>
/// <param name="Status">Submitted, approved or returned.</param>
/// <param name="Actor">Who took the step (console user or command-line user).</param>
/// <param name="At">When (UTC).</param>
/// <param name="Comment">Why it was returned, or a note.</param>
internal sealed record ApprovalEvent(
    string ArticleId,
    string ContentHash,
    ApprovalStatus Status,
    string Actor,
    DateTimeOffset At,
    string? Comment = null);
