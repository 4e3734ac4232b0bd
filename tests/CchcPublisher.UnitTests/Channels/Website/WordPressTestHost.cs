using CchcPublisher.Channels;
using CchcPublisher.Channels.Website;
using CchcPublisher.Content.Articles;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CchcPublisher.UnitTests.Channels.Website;

/// <summary>The real registration (<c>AddWebsite()</c>) in WordPress mode against a given base URL, with fake logging.</summary>
internal sealed class WordPressTestHost : IDisposable
{
    public const string User = "bientap";
    public const string Password = "abcd EFGH 1234 ijkl MNOP 5678";

    private readonly IHost _host;

    public WordPressTestHost(string baseUrl, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Channels:Website:Mode"] = "WordPress",
            ["Channels:Website:WordPress:BaseUrl"] = baseUrl,
            ["Channels:Website:WordPress:User"] = User,
            ["Channels:Website:WordPress:AppPassword"] = Password,
            // Generous: the first request of a test process pays for JIT and connection set-up, and the machine may be
            // busy. Tests about timeouts set short ones and warm up first.
            ["Channels:Website:WordPress:AttemptTimeout"] = "00:00:15",
            ["Channels:Website:WordPress:TotalTimeout"] = "00:00:30",
            ["Channels:Website:WordPress:MaxRetries"] = "0",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging();
        builder.AddCore().AddWebsite();
        _host = builder.Build();
    }

    public IChannel Channel => _host.Services.GetRequiredService<IChannel>();

    public IChannelCheck Check => _host.Services.GetRequiredService<IChannelCheck>();

    public FakeLogCollector Logs => _host.Services.GetRequiredService<FakeLogCollector>();

    public static Article Article(string id = "2026/dvc", string slug = "huong-dan-nop-ho-so", string[]? categories = null, string? cover = null) => new()
    {
        Id = id,
        SourcePath = $"/content/articles/{id}.md",
        RelativePath = $"articles/{id}.md",
        Title = "Hướng dẫn nộp hồ sơ trực tuyến",
        Categories = categories ?? ["thu-tuc-hanh-chinh"],
        Channels = [ChannelNames.Website],
        Body = "Nộp hồ sơ **trực tuyến** tại [Cổng DVC](https://dichvucong.gov.vn).",
        Summary = "Các bước nộp hồ sơ.",
        CoverPath = cover,
        Slug = slug,
        ContentHash = "h1",
    };

    public static PublishContext Context(Article article, string? remoteId = null) => new(
        article,
        remoteId is null ? null : new LedgerEntry
        {
            ArticleId = article.Id,
            Channel = ChannelNames.Website,
            State = PublicationState.Published,
            RemoteId = remoteId,
            ContentHash = "h0",
            PublishedHash = "h0",
            Title = article.Title,
            CreatedAt = DateTimeOffset.UnixEpoch,
            UpdatedAt = DateTimeOffset.UnixEpoch,
        },
        new Dictionary<string, PublishResult>());

    public void Dispose() => _host.Dispose();
}
