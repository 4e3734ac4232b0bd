using CchcPublisher.Content.Articles;

namespace CchcPublisher.UnitTests.TestSupport;

/// <summary>Builds valid articles without going through files.</summary>
internal static class TestArticles
{
    public static Article Create(
        string id,
        DateTimeOffset? publishAt = null,
        IReadOnlyList<string>? channels = null,
        string body = "Nội dung bài viết.",
        ArticleStatus status = ArticleStatus.Ready,
        IReadOnlyList<string>? categories = null,
        string? relativePath = null) => new()
    {
        Id = id,
        SourcePath = Path.Combine(Path.GetTempPath(), "cchc-tests", id + ".md"),
        RelativePath = relativePath ?? $"articles/{id}.md",
        Title = $"Bài {id}",
        Categories = categories ?? ["thu-tuc-hanh-chinh"],
        PublishAt = publishAt,
        Channels = channels ?? ["website", "zalo"],
        ChannelsExplicit = channels is not null,
        Body = body,
        Slug = id,
        ContentHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id + body))),
        Status = status,
    };
}
