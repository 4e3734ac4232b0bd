using CchcPublisher.IntegrationTests.TestSupport;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CchcPublisher.Channels;
using CchcPublisher.Channels.Website;
using CchcPublisher.Content.Articles;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CchcPublisher.IntegrationTests.Channels.Website;

/// <summary>
/// The WordPress started by <c>.ci/wordpress.sh</c>, found through the variables of <c>.ci/wordpress.env</c>.
/// Builds the channel with the real registration, and reads posts back with a plain HttpClient (not the code
/// under test).
/// </summary>
internal sealed class RealWordPress : IDisposable
{
    public const string SkipReason =
        "WordPress is not available: run .ci/wordpress.sh (as root the first time), then `source .ci/wordpress.env` before dotnet test.";

    private readonly List<IHost> _hosts = [];
    private readonly HttpClient _reader;

    private RealWordPress(string url, string user, string password, string? contributor, string? contributorPassword)
    {
        Url = url.TrimEnd('/');
        User = user;
        Password = password;
        ContributorUser = contributor;
        ContributorPassword = contributorPassword;
        _reader = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        _reader.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
    }

    public string Url { get; }

    public string User { get; }

    public string Password { get; }

    public string? ContributorUser { get; }

    public string? ContributorPassword { get; }

    /// <summary>The site, or a skip with the reason when the variables are not set.</summary>
    public static RealWordPress Require()
    {
        var url = Environment.GetEnvironmentVariable("CCHC_TEST_WORDPRESS_URL");
        var user = Environment.GetEnvironmentVariable("CCHC_TEST_WORDPRESS_USER");
        var password = Environment.GetEnvironmentVariable("CCHC_TEST_WORDPRESS_APP_PASSWORD");
        RequiredComponent.SkipOrFailWhen(string.IsNullOrEmpty(url) || string.IsNullOrEmpty(user) || string.IsNullOrEmpty(password), SkipReason);
        return new RealWordPress(url!, user!, password!,
            Environment.GetEnvironmentVariable("CCHC_TEST_WORDPRESS_CONTRIBUTOR_USER"),
            Environment.GetEnvironmentVariable("CCHC_TEST_WORDPRESS_CONTRIBUTOR_APP_PASSWORD"));
    }

    /// <summary>A host with <c>AddWebsite()</c> in WordPress mode; <paramref name="labels"/> replaces the category labels.</summary>
    public IServiceProvider Services(string? user = null, string? password = null, Dictionary<string, string?>? extra = null, ICategoryLabels? labels = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Channels:Website:Mode"] = "WordPress",
            ["Channels:Website:WordPress:BaseUrl"] = Url,
            ["Channels:Website:WordPress:User"] = user ?? User,
            ["Channels:Website:WordPress:AppPassword"] = password ?? Password,
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        if (labels is not null)
        {
            builder.Services.AddSingleton(labels);
        }

        builder.AddCore().AddWebsite();
        var host = builder.Build();
        _hosts.Add(host);
        return host.Services;
    }

    public IChannel Channel(string? user = null, string? password = null, Dictionary<string, string?>? extra = null, ICategoryLabels? labels = null) =>
        Services(user, password, extra, labels).GetRequiredService<IChannel>();

    /// <summary>GET a REST route (with <c>?rest_route=</c>, which works whatever the permalinks) as the admin.</summary>
    public async Task<JsonElement> GetAsync(string route, string query = "")
    {
        var response = await _reader.GetAsync(new Uri($"{Url}/?rest_route={Uri.EscapeDataString(route)}{query}"), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {route}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>POST JSON as the admin (to set up a "foreign" post the channel must not mistake for its own).</summary>
    public async Task<JsonElement> PostAsync(string route, object body)
    {
        using var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        var response = await _reader.PostAsync(new Uri($"{Url}/?rest_route={Uri.EscapeDataString(route)}"), content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"POST {route}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>An article with unique id and slug, so that runs against the same site never collide.</summary>
    public static Article Article(string title = "Hướng dẫn nộp hồ sơ trực tuyến", string[]? categories = null, string? body = null, string? cover = null)
    {
        var unique = Guid.NewGuid().ToString("N")[..10];
        return new Article
        {
            Id = $"kiem-thu/{unique}",
            SourcePath = $"/content/articles/kiem-thu/{unique}.md",
            RelativePath = $"articles/kiem-thu/{unique}.md",
            Title = title,
            Categories = categories ?? ["thu-tuc-hanh-chinh"],
            Channels = [ChannelNames.Website],
            Body = body ?? "Người dân có thể **nộp hồ sơ trực tuyến** trên [Cổng Dịch vụ công](https://dichvucong.gov.vn).\n\n1. Đăng nhập\n2. Nộp hồ sơ",
            Summary = "Các bước nộp hồ sơ trên Cổng Dịch vụ công.",
            CoverPath = cover,
            Slug = $"kiem-thu-{unique}",
            ContentHash = "h1",
        };
    }

    public static PublishContext Context(Article article, PublishResult? previous = null) => new(
        article,
        previous is null ? null : new LedgerEntry
        {
            ArticleId = article.Id,
            Channel = ChannelNames.Website,
            State = PublicationState.Published,
            RemoteId = previous.RemoteId,
            RemoteUrl = previous.Url,
            ContentHash = "h1",
            PublishedHash = "h1",
            Title = article.Title,
            CreatedAt = DateTimeOffset.UnixEpoch,
            UpdatedAt = DateTimeOffset.UnixEpoch,
        },
        new Dictionary<string, PublishResult>());

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        _reader.Dispose();
    }
}
