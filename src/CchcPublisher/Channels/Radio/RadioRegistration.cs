using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Channels.Radio.Tts;
using CchcPublisher.Speech;
using Microsoft.Extensions.Configuration;
using CchcPublisher.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Radio;

internal static class RadioRegistration
{
    /// <summary>
    /// Registers the radio channel (options, speech-ready script writer, folder check) as an
    /// <see cref="IChannel"/>, the program service behind <c>radio program</c>, and the TTS engines. Calls
    /// <see cref="SpeechRegistration.AddSpeech"/>, which it needs. Expects <c>AddCore()</c>, <c>AddContent()</c>
    /// and <c>AddLedger()</c> for <see cref="RadioProgramService"/>.
    /// </summary>
    public static IHostApplicationBuilder AddRadio(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Services.Any(d => d.ServiceType == typeof(SpeechService)))
        {
            builder.AddSpeech();
        }

        builder.Services.AddOptions<RadioOptions>()
            .BindConfiguration(RadioOptions.SectionName)
            .ValidateSettings(RadioOptions.SectionName)
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RadioOptions>, RadioOptionsValidator>());
        builder.Services.AddSingleton<RadioChannel>();
        builder.Services.AddSingleton<IChannel>(sp => sp.GetRequiredService<RadioChannel>());
        builder.Services.AddSingleton<IChannelCheck, RadioChannelCheck>();
        builder.Services.AddSingleton<TtsEngineSelector>();
        builder.Services.AddSingleton<RadioProgramService>();
        builder.Services.AddSingleton<BroadcastConfirmation>();
        builder.Services.AddSingleton<DueProgramPreparer>();

        // Synthesis has no side effect at the provider, so retrying the POST is safe here (unlike publishing).
        var tts = builder.Configuration.GetSection(RadioOptions.SectionName).GetSection("Tts").GetSection("Http");
        var attemptTimeout = tts.GetValue<TimeSpan?>("Timeout") ?? new HttpTtsOptions().Timeout;
        builder.Services.AddHttpClient(HttpTtsEngine.HttpClientName, (sp, client) =>
            {
                var url = sp.GetRequiredService<IOptions<RadioOptions>>().Value.Tts.Http.Url;
                if (!string.IsNullOrWhiteSpace(url))
                {
                    client.BaseAddress = new Uri(url);
                }

                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddStandardResilienceHandler(o =>
            {
                o.AttemptTimeout.Timeout = attemptTimeout;
                o.TotalRequestTimeout.Timeout = (attemptTimeout * 3) + TimeSpan.FromSeconds(10);
                o.CircuitBreaker.SamplingDuration = (attemptTimeout * 2) + TimeSpan.FromSeconds(1);
            });
        return builder;
    }
}
