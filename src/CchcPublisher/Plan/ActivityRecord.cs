namespace CchcPublisher.Plan;

/// <summary>What <c>record</c> writes as an activity file (see <see cref="ActivityRecorder"/>).</summary>
internal sealed record ActivityRecord(
    DateOnly Date,
    string Form,
    string Description,
    string? Unit,
    string? Url,
    string? Task,
    IReadOnlyList<string> Categories,
    ActivityQuantities Quantities);
