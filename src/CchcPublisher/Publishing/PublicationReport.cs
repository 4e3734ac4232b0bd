namespace CchcPublisher.Publishing;

/// <summary>One line of a run's report.</summary>
internal sealed record PublicationReport(
    string ArticleId,
    string Title,
    string Channel,
    PublicationOutcome Outcome,
    DateTimeOffset? DueAt,
    string? Url = null,
    string? Message = null);
