namespace CchcPublisher.Content.Categories;

/// <summary>
/// The categories in force: the taxonomy of the most recent content load (built-in plus
/// <c>content/categories.yaml</c>), or the built-in one before the first load. Channels that render labels or
/// hashtags outside a publish call (site index, category pages) read it here.
/// </summary>
internal sealed class CurrentTaxonomy
{
    private CategoryTaxonomy _value = CategoryTaxonomy.BuiltIn;

    public CategoryTaxonomy Value => Volatile.Read(ref _value);

    public void Set(CategoryTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        Volatile.Write(ref _value, taxonomy);
    }
}
