namespace CchcPublisher.Content.Import;

/// <summary>Where an imported document was written, what was read from it, and the category guessed for it.</summary>
internal sealed record ImportOutcome(string ArticlePath, ImportedArticle Article, string Category);
