using CchcPublisher.Ledger;

namespace CchcPublisher.Queries;

/// <summary>What the ledger page (and any caller) narrows the ledger by; null means "any". Dates are the commune's days.</summary>
internal sealed record LedgerFilter
{
    public string? Channel { get; init; }

    public PublicationState? State { get; init; }

    public string? Category { get; init; }

    public string? PlanTask { get; init; }

    /// <summary>First day (inclusive) of the entry's date: published, else due, else last change.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day (inclusive).</summary>
    public DateOnly? To { get; init; }

    /// <summary>Text in the title or the article id (case-insensitive).</summary>
    public string? Text { get; init; }

    public int Limit { get; init; } = 200;
}
