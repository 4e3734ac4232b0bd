using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Ledger;

namespace CchcPublisher.Channels;

/// <summary>What a channel needs to publish one article.</summary>
/// <param name="Article">The article version to publish.</param>
/// <param name="Previous">This article's ledger entry on this channel before this attempt, if any.</param>
/// <param name="EarlierResults">Results of channels that ran before this one for the same article in this run
/// (e.g. Facebook links to the website URL when the website went first).</param>
internal sealed record PublishContext(
    Article Article,
    LedgerEntry? Previous,
    IReadOnlyDictionary<string, PublishResult> EarlierResults)
{
    /// <summary>The categories in force (built-in plus <c>content/categories.yaml</c>), for labels and hashtags.</summary>
    public CategoryTaxonomy Taxonomy { get; init; } = CategoryTaxonomy.BuiltIn;

    /// <summary>
    /// Where a reconciliation starts looking on the service: the latest send (the claim) minus the window, so
    /// that however long the service was away, the post made then is still in range. Entries from before claim
    /// times were recorded fall back to their creation, which is earlier still. Null: no entry, search all.
    /// </summary>
    public static DateTimeOffset? SearchFrom(LedgerEntry? previous, TimeSpan window) =>
        previous is null ? null : (previous.ClaimedAt ?? previous.CreatedAt) - window;
}
