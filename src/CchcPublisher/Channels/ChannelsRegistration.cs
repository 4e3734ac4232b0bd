using CchcPublisher.Channels.Facebook;
using CchcPublisher.Channels.Radio;
using CchcPublisher.Channels.Website;
using CchcPublisher.Channels.Zalo;
using Microsoft.Extensions.Hosting;

namespace CchcPublisher.Channels;

internal static class ChannelsRegistration
{
    /// <summary>Every channel. Adding a channel: a folder with its <c>AddXyz()</c>, plus one line here.</summary>
    public static IHostApplicationBuilder AddChannels(this IHostApplicationBuilder builder) =>
        builder
            .AddWebsite()
            .AddZalo()
            .AddFacebook()
            .AddRadio();
}
