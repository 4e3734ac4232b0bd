using CchcPublisher.Ledger;

namespace CchcPublisher.Queries;

/// <summary>One publication on the calendar: when (published, else due), what, where, and its state.</summary>
internal sealed record CalendarEntry(DateTimeOffset At, string ArticleId, string Title, string Channel, PublicationState State);
