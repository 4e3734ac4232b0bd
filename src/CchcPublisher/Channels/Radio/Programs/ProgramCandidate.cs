using CchcPublisher.Speech.Scripts;

namespace CchcPublisher.Channels.Radio.Programs;

/// <summary>An article that may go into a program: due for the radio by <see cref="DueAt"/>, its script ready.</summary>
internal sealed record ProgramCandidate(
    string ArticleId,
    string Title,
    IReadOnlyList<string> Categories,
    string? PlanTask,
    string ContentHash,
    DateTimeOffset DueAt,
    SpokenScript Script);
