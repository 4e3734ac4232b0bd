using CchcPublisher.Content.Categories;

namespace CchcPublisher.Channels.Website;

/// <summary><see cref="ICategoryLabels"/> over the categories in force (so that <c>content/categories.yaml</c> applies).</summary>
internal sealed class TaxonomyCategoryLabels(CurrentTaxonomy current) : ICategoryLabels
{
    public string Label(string key) => current.Value.Label(key);
}
