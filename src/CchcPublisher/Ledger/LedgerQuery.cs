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

    /// <summary>
    /// Only entries due at or after this instant. A due range without <see cref="States"/> reads every state, through
    /// the (state, due_at) index, so a calendar or a radio day never walks the whole ledger.
    /// </summary>
    public DateTimeOffset? DueFrom { get; init; }

    /// <summary>Only entries due before this instant.</summary>
    public DateTimeOffset? DueTo { get; init; }

    public int? Limit { get; init; }
}
