using CchcPublisher.Channels;
using CchcPublisher.Channels.Website;
using CchcPublisher.Content.Articles;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.UnitTests.Channels.Website;

/// <summary>A static website channel writing into a fresh temp folder, with a fake clock.</summary>
internal sealed class WebsiteTestSite : IDisposable
{
    public WebsiteTestSite(Action<WebsiteOptions>? configure = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "cchc-website-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Options = new WebsiteOptions { BaseUrl = "https://hoaan.example.gov.vn/cchc" };
        configure?.Invoke(Options);
        Paths = new PathOptions { Data = Path.Combine(Root, "data"), Content = Path.Combine(Root, "content") };
        Channel = new StaticWebsiteChannel(
            Microsoft.Extensions.Options.Options.Create(Options),
            Microsoft.Extensions.Options.Options.Create(Paths),
            Microsoft.Extensions.Options.Options.Create(Commune),
            new ArticleHtmlRenderer(),
            new TaxonomyCategoryLabels(new CchcPublisher.Content.Categories.CurrentTaxonomy()),
            Time,
            NullLogger<StaticWebsiteChannel>.Instance);
    }

    /// <summary>02/03/2026 07:30 in Asia/Ho_Chi_Minh.</summary>
    public static DateTimeOffset Start { get; } = new(2026, 3, 2, 0, 30, 0, TimeSpan.Zero);

    public string Root { get; }

    public WebsiteOptions Options { get; }

    public PathOptions Paths { get; }

    /// <summary>Set explicitly so that the golden page does not follow changes of the defaults.</summary>
    public CommuneOptions Commune { get; } = new() { Name = "UBND xã Hòa An", TimeZone = "Asia/Ho_Chi_Minh", WebsiteUrl = "https://hoaan.example.gov.vn" };

    public FakeTimeProvider Time { get; } = new(Start);

    public StaticWebsiteChannel Channel { get; }

    public string SiteRoot => Channel.SiteRoot;

    public string ContentFolder => Paths.ContentRoot;

    public string Read(string relative) => File.ReadAllText(SitePaths.Full(SiteRoot, relative));

    public bool Exists(string relative) => File.Exists(SitePaths.Full(SiteRoot, relative));

    public static Article Article(
        string id,
        string title,
        string slug,
        string[]? categories = null,
        string body = "Nội dung bài viết.",
        string? summary = null,
        string hash = "h1",
        string? cover = null,
        string? author = null) => new()
        {
            Id = id,
            SourcePath = $"/content/articles/{id}.md",
            RelativePath = $"articles/{id}.md",
            Title = title,
            Categories = categories ?? ["thu-tuc-hanh-chinh"],
            Channels = [ChannelNames.Website],
            Body = body,
            Summary = summary,
            Author = author,
            CoverPath = cover,
            Slug = slug,
            ContentHash = hash,
        };

    public Task<PublishResult> PublishAsync(Article article, LedgerEntry? previous = null) =>
        Channel.PublishAsync(Context(article, previous), TestContext.Current.CancellationToken);

    public Task<ReconcileResult> ReconcileAsync(Article article) =>
        Channel.ReconcileAsync(Context(article, null), TestContext.Current.CancellationToken);

    public static PublishContext Context(Article article, LedgerEntry? previous = null) =>
        new(article, previous, new Dictionary<string, PublishResult>());

    public string WriteContentFile(string name, byte[] bytes)
    {
        Directory.CreateDirectory(ContentFolder);
        var path = Path.Combine(ContentFolder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail the test run.
        }
    }
}
