using CchcPublisher.Publishing;

namespace CchcPublisher.Queries;

/// <summary>One queued article at one due time: the first planned item, its column's name (null when scheduled on its own) and every channel.</summary>
internal sealed record QueueRow(PlannedItem First, string? ColumnName, IReadOnlyList<string> Channels);
