using CchcPublisher.Channels;
using CchcPublisher.Content;
using CchcPublisher.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.UnitTests.Content;

public sealed class ContentOptionsTests
{
    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.AddCore().AddContent();
        return builder.Services.BuildServiceProvider();
    }

    [Fact]
    public void DefaultChannels_NotConfigured_AllFour()
    {
        using var services = Build();

        Assert.Equal(ChannelNames.All, services.GetRequiredService<IOptions<ContentOptions>>().Value.DefaultChannels);
    }

    [Fact]
    public void DefaultChannels_Configured_ReplacesDefaults()
    {
        using var services = Build(("Content:DefaultChannels:0", "website"), ("Content:DefaultChannels:1", "radio"));

        Assert.Equal([ChannelNames.Website, ChannelNames.Radio], services.GetRequiredService<IOptions<ContentOptions>>().Value.DefaultChannels);
    }

    [Fact]
    public void DefaultChannels_UnknownName_FailsWithSuggestion()
    {
        using var services = Build(("Content:DefaultChannels:0", "zaloo"));

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ContentOptions>>().Value);
        Assert.Contains("'zalo'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultChannels_Duplicate_Fails()
    {
        var result = new ContentOptionsValidator().Validate(null, new ContentOptions { DefaultChannels = ["radio", "radio"] });

        Assert.True(result.Failed);
    }

    [Fact]
    public void AddContent_ResolvesLoaderAsSingleton()
    {
        using var services = Build();

        var loader = services.GetRequiredService<IContentLoader>();

        Assert.IsType<ContentLoader>(loader);
        Assert.Same(loader, services.GetRequiredService<IContentLoader>());
    }
}
