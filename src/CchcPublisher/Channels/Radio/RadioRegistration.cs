using CchcPublisher.Speech;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Radio;

internal static class RadioRegistration
{
    /// <summary>
    /// Registers the radio channel (options, speech-ready script writer, folder check) as an
    /// <see cref="IChannel"/>. Calls <see cref="SpeechRegistration.AddSpeech"/>, which it needs.
    /// </summary>
    public static IHostApplicationBuilder AddRadio(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Services.Any(d => d.ServiceType == typeof(SpeechService)))
        {
            builder.AddSpeech();
        }

        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RadioOptions>, RadioOptionsValidator>());
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
