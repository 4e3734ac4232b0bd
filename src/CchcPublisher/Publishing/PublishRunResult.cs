using CchcPublisher.Content.Diagnostics;

namespace CchcPublisher.Publishing;

/// <summary>Everything one publishing run did.</summary>
internal sealed record PublishRunResult(
    IReadOnlyList<PublicationReport> Items,
    IReadOnlyList<Diagnostic> Diagnostics,
    DateTimeOffset? NextDueAt)
{
    /// <summary>Lines that did something or need attention (not the quiet "still scheduled" ones).</summary>
    public IEnumerable<PublicationReport> Notable =>
        Items.Where(i => i.Outcome is not PublicationOutcome.Scheduled);

    public bool AnyFailed => Items.Any(i => i.Outcome is PublicationOutcome.Failed or PublicationOutcome.Unknown);

    public int Count(PublicationOutcome outcome) => Items.Count(i => i.Outcome == outcome);
}
