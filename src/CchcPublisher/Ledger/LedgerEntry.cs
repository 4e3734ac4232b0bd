namespace CchcPublisher.Ledger;

/// <summary>
/// The ledger's record of one article on one channel. The article's title, categories and plan task are
/// copied in so that reports count what was actually published even after the source file changes.
/// </summary>
internal sealed record LedgerEntry
{
    public required string ArticleId { get; init; }

    public required string Channel { get; init; }

    public required PublicationState State { get; init; }

    /// <summary>When it is (or was) due: the article's <c>publish_at</c> or its column slot.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>Column key when the slot came from a column queue.</summary>
    public string? Column { get; init; }

    public string? RemoteId { get; init; }

    public string? RemoteUrl { get; init; }

    /// <summary>Hash of the article version this entry is about (being published or last published).</summary>
    public required string ContentHash { get; init; }

    /// <summary>Hash of the version that was confirmed published, if any.</summary>
    public string? PublishedHash { get; init; }

    public int Attempts { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? RetryAfter { get; init; }

    public required string Title { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public string? PlanTask { get; init; }

    public string? SourcePath { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>When the last send was claimed: reconciliation searches the service from here (minus a margin),
    /// never from <see cref="UpdatedAt"/>, which every failed check moves forward.</summary>
    public DateTimeOffset? ClaimedAt { get; init; }

    /// <summary>The article's title as it was when the last send was claimed (the official may edit it later).</summary>
    public string? SentTitle { get; init; }

    /// <summary>What the channel sent, as the channel recorded it at claim time (a title, a text hash), so that
    /// reconciliation matches what is on the service, not the current version of the article.</summary>
    public string? SentSnapshot { get; init; }

    /// <summary>Published, but the article has been edited since (and this channel did not update it).</summary>
    public bool IsChangedSincePublished(string currentHash) =>
        PublishedHash is not null && !string.Equals(PublishedHash, currentHash, StringComparison.Ordinal);
}
