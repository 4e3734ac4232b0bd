using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Cli;

internal static class HostServices
{
    /// <summary>
    /// Builds the host for a one-shot command and runs the options validation that <c>ValidateOnStart</c>
    /// would run at start, so bad configuration fails before any work.
    /// </summary>
    public static IHost BuildValidated(this HostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var host = builder.Build();
        host.Services.GetRequiredService<IStartupValidator>().Validate();
        return host;
    }
}
