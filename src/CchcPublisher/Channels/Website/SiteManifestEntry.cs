namespace CchcPublisher.Channels.Website;

/// <summary>One published article in the <see cref="SiteManifest"/>.</summary>
internal sealed record SiteManifestEntry
{
    public required string Id { get; init; }

    /// <summary>Page file name without extension under <c>bai-viet/</c>; stable once given.</summary>
    public required string Slug { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    public string? Author { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>First publication (UTC).</summary>
    public required DateTimeOffset PublishedAt { get; init; }

    /// <summary>Last update in place (UTC), when the article was edited after publication.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The article's content hash of the version on the page.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Cover image file name next to the page, if any.</summary>
    public string? Cover { get; init; }

    /// <summary>Only in the journal: true when this line records the entry's removal (a withdrawn article).</summary>
    public bool? Withdrawn { get; init; }
}
