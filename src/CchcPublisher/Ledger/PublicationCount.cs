namespace CchcPublisher.Ledger;

/// <summary>
/// What <see cref="ILedgerStatistics.CountAsync"/> counts among published entries (those with a confirmed
/// publication instant).
/// <list type="bullet">
/// <item><see cref="Channels"/>: publications (entries) on those channels, optionally only those of <see cref="PlanTask"/>.</item>
/// <item><see cref="Category"/> or <see cref="PlanTask"/> alone: articles, each counted once, at its first
/// publication on any channel (one article on four channels is one article).</item>
/// </list>
/// A category count cannot be narrowed further.
/// </summary>
internal sealed record PublicationCount
{
    public IReadOnlyList<string>? Channels { get; init; }

    public string? Category { get; init; }

    /// <summary>Matched case-insensitively (articles may write <c>nv01</c> for <c>NV01</c>).</summary>
    public string? PlanTask { get; init; }

    public static PublicationCount OnChannels(IReadOnlyList<string> channels) => new() { Channels = channels };

    public static PublicationCount ArticlesIn(string category) => new() { Category = category };

    public static PublicationCount ArticlesFor(string planTask) => new() { PlanTask = planTask };
}
