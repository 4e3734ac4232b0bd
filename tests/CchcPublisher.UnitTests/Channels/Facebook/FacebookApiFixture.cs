using CchcPublisher.Channels;
using CchcPublisher.UnitTests.Channels.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace CchcPublisher.UnitTests.Channels.Facebook;

/// <summary>A fake Graph API, a data folder and the application's services in API mode against the fake.</summary>
internal sealed class FacebookApiFixture : IDisposable
{
    public FacebookApiFixture(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Channels:Facebook:Mode"] = "Api",
            ["Channels:Facebook:GraphBaseUrl"] = Graph.Url,
            ["Channels:Facebook:GraphVersion"] = FakeGraph.Version,
            ["Channels:Facebook:PageId"] = FakeGraph.PageId,
            ["Channels:Facebook:PageAccessToken"] = FakeGraph.PageToken,
            ["Channels:Facebook:AttemptTimeout"] = "00:00:10",
            ["Channels:Facebook:TotalTimeout"] = "00:00:30",
            ["Channels:Facebook:MaxRetries"] = "1",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        Services = SocialHost.Build(Data.Path, settings, TimeProvider.System);
    }

    public FakeGraph Graph { get; } = new();

    public TempDirectory Data { get; } = new();

    public ServiceProvider Services { get; }

    public IChannel Channel => Services.GetServices<IChannel>().Single(c => c.Name == ChannelNames.Facebook);

    public IChannelCheck Check => Services.GetServices<IChannelCheck>().Single(c => c.Channel == ChannelNames.Facebook);

    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    public void Dispose()
    {
        Services.Dispose();
        Graph.Dispose();
        Data.Dispose();
    }
}
