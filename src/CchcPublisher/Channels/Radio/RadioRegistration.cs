using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CchcPublisher.Channels.Radio;

internal static class RadioRegistration
{
    /// <summary>Registers the radio channel (options, script writer, folder check) as an <see cref="IChannel"/>.</summary>
    public static IHostApplicationBuilder AddRadio(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RadioOptions>()
            .BindConfiguration(RadioOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<RadioChannel>();
        builder.Services.AddSingleton<IChannel>(sp => sp.GetRequiredService<RadioChannel>());
        builder.Services.AddSingleton<IChannelCheck, RadioChannelCheck>();
        return builder;
    }
}
