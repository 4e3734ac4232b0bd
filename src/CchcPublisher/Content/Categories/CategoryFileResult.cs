using CchcPublisher.Content.Diagnostics;

namespace CchcPublisher.Content.Categories;

/// <summary>The taxonomy in force after reading <c>categories.yaml</c>, and the file's diagnostics.</summary>
internal sealed record CategoryFileResult(CategoryTaxonomy Taxonomy, IReadOnlyList<Diagnostic> Diagnostics);
