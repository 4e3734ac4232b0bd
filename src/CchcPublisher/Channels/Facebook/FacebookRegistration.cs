using Microsoft.Extensions.Hosting;

namespace CchcPublisher.Channels.Facebook;

internal static class FacebookRegistration
{
    /// <summary>Registers the Facebook channel (its options, client and renderer) as an <see cref="IChannel"/>.</summary>
    public static IHostApplicationBuilder AddFacebook(this IHostApplicationBuilder builder) => builder;
}
