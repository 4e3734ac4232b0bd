namespace CchcPublisher.Plan.NextSteps;

/// <summary>
/// What one target needs in one week to stay on pace: the articles the queue publishes that week for it, and how
/// many more must be found (publications or activities) by the week's end.
/// </summary>
/// <param name="Gap">The target.</param>
/// <param name="Queued">Queued articles due that week that count for it.</param>
/// <param name="Missing">How many more it needs by the end of the week, beyond done work and the queue.</param>
internal sealed record WeekNeed(TargetGap Gap, IReadOnlyList<QueuedPublication> Queued, int Missing);
