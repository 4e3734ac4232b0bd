using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Hosting;

internal static class CoreRegistration
{
    /// <summary>Options every concern shares (commune, paths) and the clock.</summary>
    public static IHostApplicationBuilder AddCore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CommuneOptions>()
            .BindConfiguration(CommuneOptions.SectionName)
            .ValidateSettings(CommuneOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CommuneOptions>, CommuneOptionsValidator>();
        builder.Services.AddOptions<PathOptions>()
            .BindConfiguration(PathOptions.SectionName)
            .ValidateSettings(PathOptions.SectionName)
            .PostConfigure<IHostEnvironment>((paths, environment) => paths.BaseFolder = environment.ContentRootPath)
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
