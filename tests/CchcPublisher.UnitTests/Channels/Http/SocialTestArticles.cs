using CchcPublisher.Channels;
using CchcPublisher.Content.Articles;

namespace CchcPublisher.UnitTests.Channels.Http;

/// <summary>Articles and publish contexts for the Zalo and Facebook tests.</summary>
internal static class SocialTestArticles
{
    public static Article Create(
        string body = "Người dân có thể nộp hồ sơ trực tuyến.",
        string id = "2026/huong-dan-dvc",
        string title = "Hướng dẫn nộp hồ sơ trực tuyến",
        string? summary = null,
        string? author = null,
        string? coverPath = null,
        IReadOnlyList<string>? categories = null,
        string contentHash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef") =>
        new()
        {
            Id = id,
            SourcePath = "/content/articles/" + id + ".md",
            RelativePath = "articles/" + id + ".md",
            Title = title,
            Categories = categories ?? ["thu-tuc-hanh-chinh", "chinh-quyen-so"],
            Channels = ["website", "zalo", "facebook"],
            Summary = summary,
            Author = author,
            CoverPath = coverPath,
            Body = body,
            Slug = "huong-dan-nop-ho-so-truc-tuyen",
            ContentHash = contentHash,
        };

    public static PublishContext Context(Article article, PublishResult? website = null) =>
        new(article, null, website is null
            ? new Dictionary<string, PublishResult>()
            : new Dictionary<string, PublishResult> { [ChannelNames.Website] = website });
}
