using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Markdown;

namespace CchcPublisher.Content.Index;

/// <summary>An article's front matter as remembered (everything of <see cref="Articles.Article"/> but the body).</summary>
internal sealed record IndexedArticle(
    string Id,
    string SourcePath,
    string RelativePath,
    string Title,
    IReadOnlyList<string> Categories,
    DateTimeOffset? PublishAt,
    IReadOnlyList<string> Channels,
    bool ChannelsExplicit,
    string? Summary,
    string? Author,
    string? CoverPath,
    string? PlanTask,
    string? Unit,
    ArticleStatus Status,
    int BodyLine,
    string Slug,
    string ContentHash,
    DateTimeOffset? ModifiedAt)
{
    public static IndexedArticle From(Article a) => new(
        a.Id, a.SourcePath, a.RelativePath, a.Title, a.Categories, a.PublishAt, a.Channels, a.ChannelsExplicit, a.Summary, a.Author,
        a.CoverPath, a.PlanTask, a.Unit, a.Status, a.BodyLine, a.Slug, a.ContentHash, a.ModifiedAt);

    /// <param name="bodies">Reads the body from the article's file when first needed (see <see cref="ParsedMarkdown.OnDisk"/>).</param>
    /// <param name="sourcePath">Equal to <see cref="SourcePath"/>: the instance the article keeps.</param>
    /// <param name="relativePath">Equal to <see cref="RelativePath"/>: the instance the article keeps.</param>
    public Article ToArticle(IArticleBodyReader bodies, string sourcePath, string relativePath) => new()
    {
        Id = Id,
        SourcePath = sourcePath,
        RelativePath = relativePath,
        Title = Title,
        Categories = Categories,
        PublishAt = PublishAt,
        Channels = Channels,
        ChannelsExplicit = ChannelsExplicit,
        Summary = Summary,
        Author = Author,
        CoverPath = CoverPath,
        PlanTask = PlanTask,
        Unit = Unit,
        Status = Status,
        Body = string.Empty, // required; replaced by the body kept on disk just below
        BodySource = ParsedMarkdown.OnDisk(bodies, sourcePath, ContentHash),
        BodyLine = BodyLine,
        Slug = Slug,
        ContentHash = ContentHash,
        ModifiedAt = ModifiedAt,
    };
}
