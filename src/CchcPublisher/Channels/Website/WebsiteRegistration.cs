using Microsoft.Extensions.Hosting;

namespace CchcPublisher.Channels.Website;

internal static class WebsiteRegistration
{
    /// <summary>Registers the Website channel (its options, client and renderer) as an <see cref="IChannel"/>.</summary>
    public static IHostApplicationBuilder AddWebsite(this IHostApplicationBuilder builder) => builder;
}
