using CchcPublisher.Content.Categories;

namespace CchcPublisher.Channels.Website;

/// <summary>
/// Default <see cref="ICategoryLabels"/>: the built-in taxonomy. The host replaces it with one that reads the
/// current content snapshot (so that <c>content/categories.yaml</c> overrides apply).
/// </summary>
internal sealed class BuiltInCategoryLabels : ICategoryLabels
{
    public string Label(string key) => CategoryTaxonomy.BuiltIn.Label(key);
}
