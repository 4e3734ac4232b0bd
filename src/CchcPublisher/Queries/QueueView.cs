namespace CchcPublisher.Queries;

/// <summary>The queue in order, plus the drafts that will not go out and the files with errors.</summary>
internal sealed record QueueView(IReadOnlyList<QueueRow> Rows, int Drafts, int BrokenFiles);
