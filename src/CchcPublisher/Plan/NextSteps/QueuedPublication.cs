namespace CchcPublisher.Plan.NextSteps;

/// <summary>An article the queue will publish on a day, on some channels: what a gap can already count on.</summary>
/// <param name="ArticleId">Article id.</param>
/// <param name="Title">Article title.</param>
/// <param name="Day">Commune-local day it is due.</param>
/// <param name="Channels">Channels it goes to at that time.</param>
/// <param name="Categories">Its CCHC categories.</param>
/// <param name="PlanTask">The plan task it serves (<c>plan_task</c>), if any.</param>
/// <param name="Unit">The unit that wrote it, if any.</param>
internal sealed record QueuedPublication(
    string ArticleId,
    string Title,
    DateOnly Day,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> Categories,
    string? PlanTask,
    string? Unit);
