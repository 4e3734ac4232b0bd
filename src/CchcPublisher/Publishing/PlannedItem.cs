using CchcPublisher.Content.Articles;
using CchcPublisher.Ledger;

namespace CchcPublisher.Publishing;

/// <summary>One decision of the <see cref="PublicationPlanner"/>.</summary>
/// <param name="ArticleId">Article id (also for entries whose article is gone).</param>
/// <param name="Channel">Channel name.</param>
/// <param name="Article">The current article version, or <c>null</c> when the file is gone or broken.</param>
/// <param name="DueAt">When it is due (<c>publish_at</c> or column slot).</param>
/// <param name="Column">Column key for queued articles.</param>
/// <param name="Action">What to do.</param>
/// <param name="Entry">The ledger entry before this run, if any.</param>
/// <param name="Reason">Vietnamese explanation for missed/skipped/waiting items.</param>
internal sealed record PlannedItem(
    string ArticleId,
    string Channel,
    Article? Article,
    DateTimeOffset? DueAt,
    string? Column,
    PlannedAction Action,
    LedgerEntry? Entry,
    string? Reason = null);
