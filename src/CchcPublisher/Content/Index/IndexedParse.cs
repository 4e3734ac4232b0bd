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

    /// <summary>
    /// The parse again, the article's body left in its file (read by <paramref name="bodies"/>), its diagnostics shown
    /// at <paramref name="displayPath"/>. The file's <paramref name="sourcePath"/> and <paramref name="relativePath"/>,
    /// as the folder was just listed, are the article's strings when they are the remembered ones (one copy each).
    /// </summary>
    public ArticleParseResult ToResult(string sourcePath, string relativePath, IArticleBodyReader bodies, string displayPath) =>
        new(
            Article is { } article ? article.ToArticle(bodies, Same(article.SourcePath, sourcePath), Same(article.RelativePath, relativePath)) : null,
            Diagnostics.All(d => d.Path == displayPath) ? Diagnostics : [.. Diagnostics.Select(d => d.Path == displayPath ? d : d with { Path = displayPath })],
            IdLine,
            IdColumn);

    private static string Same(string remembered, string listed) => string.Equals(remembered, listed, StringComparison.Ordinal) ? listed : remembered;
}
