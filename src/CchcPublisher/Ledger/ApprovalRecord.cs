namespace CchcPublisher.Ledger;

/// <summary>
/// One approval event, kept in the database (never in the article's file, so editing a file cannot forge one):
/// who did what to which version of the article (<paramref name="ContentHash"/>), when, and why.
/// </summary>
internal sealed record ApprovalRecord(
    string ArticleId,
    string ContentHash,
    ApprovalDecision Decision,
    string Actor,
    DateTimeOffset At,
    string? Comment = null);
