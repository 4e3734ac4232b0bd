using CchcPublisher.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CchcPublisher.Speech;

internal static class SpeechRegistration
{
    /// <summary>Vietnamese speech normalization (options "Speech", lexicon, <c>radio say</c> service).</summary>
    public static IHostApplicationBuilder AddSpeech(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SpeechOptions>()
            .BindConfiguration(SpeechOptions.SectionName)
            .ValidateSettings(SpeechOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<ContentSpeechNormalizer>();
        builder.Services.AddSingleton<ISpeechNormalizer>(sp => sp.GetRequiredService<ContentSpeechNormalizer>());
        builder.Services.AddSingleton<SpeechService>();
        builder.Services.AddSingleton<Scripts.ScriptBuilder>();
        return builder;
    }
}
