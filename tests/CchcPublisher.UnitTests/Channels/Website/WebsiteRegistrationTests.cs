using CchcPublisher.Channels;
using CchcPublisher.Channels.Website;
using CchcPublisher.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.UnitTests.Channels.Website;

public sealed class WebsiteRegistrationTests
{
    [Fact]
    public void AddWebsite_DefaultConfiguration_StaticChannelAndCheck()
    {
        using var host = Build([]);

        Assert.IsType<StaticWebsiteChannel>(Assert.Single(host.Services.GetServices<IChannel>()));
        Assert.IsType<StaticWebsiteCheck>(Assert.Single(host.Services.GetServices<IChannelCheck>()));
        Assert.IsType<TaxonomyCategoryLabels>(host.Services.GetRequiredService<ICategoryLabels>());
    }

    [Fact]
    public void AddWebsite_WordPressModeWithoutCredentials_FailsValidation()
    {
        using var host = Build(new() { ["Channels:Website:Mode"] = "WordPress" });

        var ex = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<WebsiteOptions>>().Value);
        Assert.Contains(ex.Failures, f => f.Contains("AppPassword", StringComparison.Ordinal));
    }

    [Fact]
    public void AddWebsite_BindsSettings()
    {
        using var host = Build(new()
        {
            ["Channels:Website:OutputFolder"] = "/srv/cchc",
            ["Channels:Website:ColumnTitle"] = "Góc CCHC",
            ["Channels:Website:WordPress:RouteStyle"] = "Query",
            ["Channels:Website:WordPress:AttemptTimeout"] = "00:00:10",
        });

        var options = host.Services.GetRequiredService<IOptions<WebsiteOptions>>().Value;

        Assert.Equal("/srv/cchc", options.OutputFolder);
        Assert.Equal("Góc CCHC", options.ColumnTitle);
        Assert.Equal(WordPressRouteStyle.Query, options.WordPress.RouteStyle);
        Assert.Equal(TimeSpan.FromSeconds(10), options.WordPress.AttemptTimeout);
    }

    internal static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddCore().AddWebsite();
        return builder.Build();
    }
}
