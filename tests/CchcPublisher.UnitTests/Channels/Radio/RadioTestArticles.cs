using CchcPublisher.Content.Articles;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;

namespace CchcPublisher.UnitTests.Channels.Radio;

/// <summary>Articles, ledger entries and temp folders for the radio tests.</summary>
internal static class RadioTestArticles
{
    public static Article Create(
        string id = "2026/huong-dan-dvc",
        string title = "Hướng dẫn nộp hồ sơ trực tuyến",
        string body = "Người dân có thể nộp hồ sơ **trực tuyến**.\n",
        string slug = "huong-dan-nop-ho-so-truc-tuyen",
        DateTimeOffset? publishAt = null,
        IReadOnlyList<string>? categories = null) => new()
        {
            Id = id,
            SourcePath = $"/content/articles/{id}.md",
            RelativePath = $"articles/{id}.md",
            Title = title,
            Categories = categories ?? ["dich-vu-cong-truc-tuyen"],
            PublishAt = publishAt,
            Channels = ["radio"],
            Body = body,
            Slug = slug,
            ContentHash = "hash-" + id,
        };

    public static LedgerEntry Entry(string articleId, string channel, PublicationState state, DateTimeOffset? dueAt = null, string? remoteId = null) => new()
    {
        ArticleId = articleId,
        Channel = channel,
        State = state,
        DueAt = dueAt,
        RemoteId = remoteId,
        ContentHash = "hash-" + articleId,
        Title = articleId,
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    public static CommuneOptions Commune() => new() { Name = "UBND xã Hòa An", TimeZone = "Asia/Ho_Chi_Minh" };
}

/// <summary>A unique temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cchc-radio-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
