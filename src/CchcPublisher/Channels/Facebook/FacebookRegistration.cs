using CchcPublisher.Content.Categories;
using CchcPublisher.Channels.Http;
using CchcPublisher.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Facebook;

internal static class FacebookRegistration
{
    /// <summary>
    /// Registers the Facebook Page channel (options <c>Channels:Facebook</c>, renderer, outbox and API transports)
    /// as an <see cref="IChannel"/> and an <see cref="IChannelCheck"/>; <see cref="FacebookOptions.Mode"/> picks the
    /// transport. Needs <c>AddCore()</c> (paths, commune, clock).
    /// </summary>
    public static IHostApplicationBuilder AddFacebook(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<FacebookOptions>()
            .BindConfiguration(FacebookOptions.SectionName)
            .ValidateSettings(FacebookOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<FacebookOptions>, FacebookOptionsValidator>();
        services.TryAddSingleton<OutboxWriter>();
        services.TryAddSingleton<CurrentTaxonomy>();
        services.TryAddSingleton<ICategoryHashtags, TaxonomyCategoryHashtags>();
        services.AddSingleton<FacebookPostRenderer>();
        services.AddSingleton<FacebookOutboxChannel>();
        services.AddSingleton<FacebookOutboxCheck>();
        services.AddChannelHttpClient<FacebookOptions>(FacebookGraphClient.HttpClientName);
        services.AddSingleton<FacebookUsageGate>();
        services.AddSingleton<FacebookGraphClient>();
        services.AddSingleton<FacebookApiChannel>();
        services.AddSingleton<FacebookApiCheck>();
        services.AddSingleton<IChannel>(sp => IsApi(sp) ? sp.GetRequiredService<FacebookApiChannel>() : sp.GetRequiredService<FacebookOutboxChannel>());
        services.AddSingleton<IChannelCheck>(sp => IsApi(sp) ? sp.GetRequiredService<FacebookApiCheck>() : sp.GetRequiredService<FacebookOutboxCheck>());
        return builder;
    }

    private static bool IsApi(IServiceProvider services) =>
        services.GetRequiredService<IOptions<FacebookOptions>>().Value.Mode == ChannelMode.Api;
}
