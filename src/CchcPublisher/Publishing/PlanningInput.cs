using CchcPublisher.Content;
using CchcPublisher.Ledger;

namespace CchcPublisher.Publishing;

/// <summary>Everything the planner decides from. "Now" is an argument so that decisions are testable.</summary>
internal sealed record PlanningInput
{
    public required ContentSnapshot Content { get; init; }

    public required IReadOnlyList<LedgerEntry> Entries { get; init; }

    public required DateTimeOffset Now { get; init; }

    /// <summary>Publish what is due up to this instant (<see cref="Now"/> for the worker).</summary>
    public required DateTimeOffset DueUntil { get; init; }

    /// <summary>Channels that are registered (others in front matter are ignored).</summary>
    public required IReadOnlyCollection<string> AvailableChannels { get; init; }

    /// <summary>Channels able to update a published article in place.</summary>
    public required IReadOnlyCollection<string> UpdatableChannels { get; init; }

    /// <summary>
    /// Channels whose publications follow the content folder: when an article's file is removed or turned into a
    /// draft, its publication there is withdrawn (the website). Others keep their posts unless the official asks.
    /// </summary>
    public IReadOnlyCollection<string> FollowingChannels { get; init; } = [];

    /// <summary>
    /// The newest approval event per article when the commune requires approval (<c>Approval:Required</c>);
    /// <c>null</c> when it does not. Only an approved current version is published.
    /// </summary>
    public IReadOnlyDictionary<string, Approval.ApprovalEvent>? Approvals { get; init; }

    public string? OnlyChannel { get; init; }

    /// <summary>Only this article; also lifts the retry wait for it (the official asked explicitly).</summary>
    public string? OnlyArticle { get; init; }
}
