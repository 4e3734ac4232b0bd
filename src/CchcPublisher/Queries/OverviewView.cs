namespace CchcPublisher.Queries;

/// <summary>The overview: the week (from Monday <paramref name="WeekStart"/>), counts per channel, every item, and the rows needing attention.</summary>
internal sealed record OverviewView(
    DateOnly Today,
    DateOnly WeekStart,
    IReadOnlyList<OverviewChannel> Channels,
    IReadOnlyList<OverviewItem> Items,
    IReadOnlyList<StatusRow> Attention);
