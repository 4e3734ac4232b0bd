using CchcPublisher.Content.Diagnostics;

namespace CchcPublisher.Content.Articles;

/// <summary>The outcome of parsing one file: the article when it has no error, and every diagnostic (warnings too).</summary>
/// <param name="IdLine">Line of the <c>id</c> value, or 1 when the id was derived from the path.</param>
/// <param name="IdColumn">Column of the <c>id</c> value, or 1.</param>
internal sealed record ArticleParseResult(Article? Article, IReadOnlyList<Diagnostic> Diagnostics, int IdLine = 1, int IdColumn = 1)
{
    public bool Succeeded => Article is not null;
}
