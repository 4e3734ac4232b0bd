using CchcPublisher.Hosting;
using CchcPublisher.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Web;

internal static class WebConsoleRegistration
{
    /// <summary>
    /// The web console, served by <c>run</c> next to the worker (<c>WebConsole:Enabled</c> false turns it off).
    /// Its settings are validated at start, including "a LAN address only with users".
    /// </summary>
    public static IHostApplicationBuilder AddWebConsole(this IHostApplicationBuilder builder)
    {
        builder.AddConsoleUsers();
        builder.Services.AddOptions<WebConsoleOptions>()
            .BindConfiguration(WebConsoleOptions.SectionName)
            .ValidateSettings(WebConsoleOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WebConsoleOptions>, WebConsoleOptionsValidator>();
        builder.Services.AddSingleton<WebConsoleService>();
        builder.Services.AddHostedService(services => services.GetRequiredService<WebConsoleService>());
        return builder;
    }

    /// <summary>The console's users and audit trail (also for <c>users add</c>, which serves nothing).</summary>
    public static IHostApplicationBuilder AddConsoleUsers(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<UserStore>();
        builder.Services.TryAddSingleton<AuditTrail>();
        return builder;
    }
}
