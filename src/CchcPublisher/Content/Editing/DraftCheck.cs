using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Diagnostics;

namespace CchcPublisher.Content.Editing;

/// <summary>What <see cref="DraftChecker"/> found: the article when it has no error, and every diagnostic.</summary>
internal sealed record DraftCheck(Article? Article, IReadOnlyList<Diagnostic> Diagnostics, CategoryTaxonomy Taxonomy)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
