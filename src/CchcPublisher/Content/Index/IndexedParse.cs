using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Content.Markdown;

namespace CchcPublisher.Content.Index;

/// <summary>One file's remembered parse (see <see cref="ArticleIndexFile"/>).</summary>
internal sealed record IndexedParse(
    string RelativePath,
    long Length,
    long ModifiedTicks,
    IndexedArticle? Article,
    IReadOnlyList<Diagnostic> Diagnostics,
    int IdLine,
    int IdColumn)
{
    public static IndexedParse From(string relativePath, long length, DateTimeOffset modifiedAt, ArticleParseResult result) =>
        new(relativePath, length, modifiedAt.UtcTicks, result.Article is { } a ? IndexedArticle.From(a) : null, result.Diagnostics, result.IdLine, result.IdColumn);

    /// <summary>The parse again, the article's body left in its file, its diagnostics shown at <paramref name="displayPath"/>.</summary>
    public ArticleParseResult ToResult(Func<IndexedArticle, ParsedMarkdown> body, string displayPath) =>
        new(Article is { } article ? article.ToArticle(body(article)) : null, [.. Diagnostics.Select(d => d.Path == displayPath ? d : d with { Path = displayPath })], IdLine, IdColumn);
}
