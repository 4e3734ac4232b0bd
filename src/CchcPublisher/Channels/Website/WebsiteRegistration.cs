using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Website;

internal static class WebsiteRegistration
{
    /// <summary>
    /// Registers the <c>website</c> channel: its options, the HTML renderer, both implementations, and the
    /// <see cref="IChannel"/>/<see cref="IChannelCheck"/> of the configured <see cref="WebsiteOptions.Mode"/>.
    /// Switching to WordPress is configuration only.
    /// </summary>
    public static IHostApplicationBuilder AddWebsite(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<WebsiteOptions>()
            .BindConfiguration(WebsiteOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebsiteOptions>, WebsiteOptionsValidator>();

        // The host may register a taxonomy-aware implementation (content/categories.yaml) before or after this.
        services.TryAddSingleton<ICategoryLabels, BuiltInCategoryLabels>();
        services.AddSingleton<ArticleHtmlRenderer>();

        services.AddSingleton<StaticWebsiteChannel>();
        services.AddSingleton<StaticWebsiteCheck>();

        services.AddSingleton<IChannel>(sp => sp.GetRequiredService<IOptions<WebsiteOptions>>().Value.Mode switch
        {
            _ => sp.GetRequiredService<StaticWebsiteChannel>(),
        });
        services.AddSingleton<IChannelCheck>(sp => sp.GetRequiredService<IOptions<WebsiteOptions>>().Value.Mode switch
        {
            _ => sp.GetRequiredService<StaticWebsiteCheck>(),
        });
        return builder;
    }
}
