namespace CchcPublisher.Ledger;

/// <summary>Filter for listing ledger entries; every property narrows the result.</summary>
internal sealed record LedgerQuery
{
    public IReadOnlyCollection<PublicationState>? States { get; init; }

    public string? Channel { get; init; }

    public string? ArticleId { get; init; }

    /// <summary>Only entries updated at or after this instant.</summary>
    public DateTimeOffset? UpdatedSince { get; init; }

    /// <summary>Only entries published in [From, To).</summary>
    public DateTimeOffset? PublishedFrom { get; init; }

    public DateTimeOffset? PublishedTo { get; init; }

    public int? Limit { get; init; }
}
