using CchcPublisher.Channels.Http;
using CchcPublisher.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Zalo;

internal static class ZaloRegistration
{
    /// <summary>
    /// Registers the Zalo channel (options <c>Channels:Zalo</c>, renderer, outbox and API transports) as an
    /// <see cref="IChannel"/> and an <see cref="IChannelCheck"/>; <see cref="ZaloOptions.Mode"/> picks the transport.
    /// Needs <c>AddCore()</c> (paths, commune, clock).
    /// </summary>
    public static IHostApplicationBuilder AddZalo(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ZaloOptions>()
            .BindConfiguration(ZaloOptions.SectionName)
            .ValidateSettings(ZaloOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ZaloOptions>, ZaloOptionsValidator>();
        services.TryAddSingleton<OutboxWriter>();
        services.AddSingleton<ZaloArticleRenderer>();
        services.AddSingleton<ZaloOutboxChannel>();
        services.AddSingleton<ZaloOutboxCheck>();
        services.AddChannelHttpClient<ZaloOptions>(ZaloApiClient.HttpClientName);
        services.AddSingleton<ZaloTokenStore>();
        services.AddSingleton<ZaloTokenProvider>();
        services.AddSingleton<ZaloApiClient>();
        services.AddSingleton<ZaloBroadcaster>();
        services.AddSingleton<ZaloApiChannel>();
        services.AddSingleton<ZaloApiCheck>();
        services.AddSingleton<IChannel>(sp => IsApi(sp) ? sp.GetRequiredService<ZaloApiChannel>() : sp.GetRequiredService<ZaloOutboxChannel>());
        services.AddSingleton<IChannelCheck>(sp => IsApi(sp) ? sp.GetRequiredService<ZaloApiCheck>() : sp.GetRequiredService<ZaloOutboxCheck>());
        return builder;
    }

    private static bool IsApi(IServiceProvider services) =>
        services.GetRequiredService<IOptions<ZaloOptions>>().Value.Mode == ChannelMode.Api;
}
