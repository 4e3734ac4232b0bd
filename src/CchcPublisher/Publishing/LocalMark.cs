using CchcPublisher.Ledger;

namespace CchcPublisher.Publishing;

/// <summary>A planned item's outcome that needs no channel call (scheduled, missed, skipped), recorded in a batch.</summary>
internal sealed record LocalMark(PlannedItem Item, PublicationState State, PublicationOutcome Outcome, string? Reason);
