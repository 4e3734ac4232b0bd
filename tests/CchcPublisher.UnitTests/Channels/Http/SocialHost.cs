using CchcPublisher.Channels.Facebook;
using CchcPublisher.Channels.Zalo;
using CchcPublisher.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.UnitTests.Channels.Http;

/// <summary>Builds a service provider the way the application does (AddCore + AddZalo + AddFacebook) from in-memory settings.</summary>
internal static class SocialHost
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 30, 0, TimeSpan.Zero);

    public static ServiceProvider Build(string dataRoot, IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var all = new Dictionary<string, string?>
        {
            ["Paths:Data"] = dataRoot,
            ["Commune:WebsiteUrl"] = "https://hoaan.example.gov.vn",
            ["Commune:Name"] = "UBND xã Hòa An",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(all);
        builder.Services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Trace));
        builder.AddCore().AddZalo().AddFacebook();
        builder.Services.AddSingleton(time ?? new FakeTimeProvider(Now));
        return builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
