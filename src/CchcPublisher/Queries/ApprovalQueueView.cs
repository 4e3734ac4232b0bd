namespace CchcPublisher.Queries;

/// <summary>Every article's approval, waiting ones first; <paramref name="Required"/> says whether publishing needs it.</summary>
/// <param name="Rows">The articles.</param>
/// <param name="Required">True when only approved versions are published.</param>
/// <param name="Taxonomy">The commune's categories (for the previews).</param>
internal sealed record ApprovalQueueView(IReadOnlyList<ApprovalRow> Rows, bool Required, Content.Categories.CategoryTaxonomy Taxonomy);
