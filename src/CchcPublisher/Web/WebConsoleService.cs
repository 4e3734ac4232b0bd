using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Web;

/// <summary>Starts and stops the console's web server with the worker's host (one process, one lifetime).</summary>
internal sealed class WebConsoleService(IServiceProvider services, IOptions<WebConsoleOptions> options, ILogger<WebConsoleService> logger)
    : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>Extra set-up of the web application (tests).</summary>
    public Action<WebApplicationBuilder>? Configure { get; set; }

    /// <summary>The addresses Kestrel listens on (with the real port when 0 was configured).</summary>
    public IReadOnlyList<string> Addresses =>
        _app?.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            logger.ConsoleDisabled();
            return;
        }

        _app = WebConsoleApp.Build(services, Configure);
        try
        {
            await _app.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            // The port is taken (another program, or a second copy of the service): the worker still publishes;
            // only the console is missing, and the log says why.
            logger.ConsoleNotStarted(ex, options.Value.Url);
            await _app.DisposeAsync();
            _app = null;
            return;
        }

        logger.ConsoleListening(string.Join(", ", Addresses));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }
}
