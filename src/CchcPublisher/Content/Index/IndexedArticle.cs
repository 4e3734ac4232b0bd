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

    /// <param name="body">Where the body is read from (the article's file, see <see cref="ParsedMarkdown.OnDisk"/>).</param>
    public Article ToArticle(ParsedMarkdown body) => new()
    {
        Id = Id,
        SourcePath = SourcePath,
        RelativePath = RelativePath,
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
        BodySource = body,
        BodyLine = BodyLine,
        Slug = Slug,
        ContentHash = ContentHash,
        ModifiedAt = ModifiedAt,
    };
}
