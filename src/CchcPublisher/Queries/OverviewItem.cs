using CchcPublisher.Ledger;

namespace CchcPublisher.Queries;

/// <summary>One publication of the week on one channel: published (when) or scheduled (due when).</summary>
internal sealed record OverviewItem(DateTimeOffset At, string ArticleId, string Title, string Channel, PublicationState State);
