using CchcPublisher.Channels;
using CchcPublisher.Channels.Zalo;
using CchcPublisher.UnitTests.Channels.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace CchcPublisher.UnitTests.Channels.Zalo;

/// <summary>A fake Zalo, a data folder and the application's services in API mode against the fake.</summary>
internal sealed class ZaloApiFixture : IDisposable
{
    private readonly List<ServiceProvider> _providers = [];

    public ZaloApiFixture(Dictionary<string, string?>? extra = null, TimeProvider? time = null)
    {
        Services = Start(extra, time);
    }

    public FakeZalo Zalo { get; } = new();

    public TempDirectory Data { get; } = new();

    public ServiceProvider Services { get; private set; }

    public IChannel Channel => Services.GetServices<IChannel>().Single(c => c.Name == ChannelNames.Zalo);

    public IChannelCheck Check => Services.GetServices<IChannelCheck>().Single(c => c.Channel == ChannelNames.Zalo);

    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    public string TokenFile => Path.Combine(Data.Path, "secrets", "zalo-oa-token.json");

    public Dictionary<string, string?> Settings(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Channels:Zalo:Mode"] = "Api",
            ["Channels:Zalo:OpenApiBaseUrl"] = Zalo.Url,
            ["Channels:Zalo:OAuthBaseUrl"] = Zalo.Url,
            ["Channels:Zalo:AppId"] = FakeZalo.AppId,
            ["Channels:Zalo:AppSecret"] = FakeZalo.AppSecret,
            ["Channels:Zalo:RefreshToken"] = FakeZalo.SeedRefreshToken,
            ["Channels:Zalo:VerifyPollInterval"] = "00:00:00",
            ["Channels:Zalo:VerifyTimeout"] = "00:00:10",
            ["Channels:Zalo:AttemptTimeout"] = "00:00:10",
            ["Channels:Zalo:TotalTimeout"] = "00:00:30",
            ["Channels:Zalo:MaxRetries"] = "1",
            ["Channels:Zalo:DefaultCoverUrl"] = "https://hoaan.example.gov.vn/banner.jpg",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A new service provider on the same data folder (a restart).</summary>
    public ServiceProvider Start(Dictionary<string, string?>? extra = null, TimeProvider? time = null)
    {
        var provider = SocialHost.Build(Data.Path, Settings(extra), time ?? TimeProvider.System);
        _providers.Add(provider);
        Services = provider;
        return provider;
    }

    public ZaloTokenProvider Tokens => Services.GetRequiredService<ZaloTokenProvider>();

    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }

        Zalo.Dispose();
        Data.Dispose();
    }
}
