using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Diagnostics;

namespace CchcPublisher.Content;

/// <summary>
/// Everything read from the content folder at one moment: the valid articles (drafts included, flagged by
/// status) and every diagnostic. An article with any error is absent from <see cref="Articles"/>.
/// <see cref="QueueOrder"/> is the order chosen in <c>hang-doi.txt</c> (<see cref="QueueOrderFile"/>), empty when none.
/// </summary>
internal sealed record ContentSnapshot(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Diagnostic> Diagnostics,
    CategoryTaxonomy Taxonomy,
    IReadOnlyList<string>? QueueOrder = null)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>
    /// Which reading of the folder this is: two snapshots of one loader with the same non-zero generation hold the
    /// same content (the second was answered from memory); 0 when the loader does not say.
    /// </summary>
    public long Generation { get; init; }
}
