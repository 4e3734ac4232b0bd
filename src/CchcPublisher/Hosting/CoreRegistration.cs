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
        builder.AddPaths();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>The content and data folders (<c>Paths</c>), relative to the <c>--config</c> file's folder.</summary>
    public static IHostApplicationBuilder AddPaths(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PathOptions>()
            .BindConfiguration(PathOptions.SectionName)
            .ValidateSettings(PathOptions.SectionName)
            .PostConfigure<IHostEnvironment>((paths, environment) => paths.BaseFolder = environment.ContentRootPath)
            .ValidateOnStart();
        return builder;
    }
}
