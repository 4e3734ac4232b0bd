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

    /// <summary>When the article is due on this channel (its <c>publish_at</c> or column slot), if known.</summary>
    public DateTimeOffset? DueAt { get; init; }
}
