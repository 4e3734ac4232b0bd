using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Web;

/// <summary>
/// Serves the console with the worker's host (one process, one lifetime). The port is opened at start, as before; the
/// ASP.NET Core application behind it is built and started when the first connection arrives, which is then served
/// like any other. A worker whose console nobody opens does not carry Kestrel, routing and Data Protection (≈ 10 MB
/// resident, docs/performance.md section 6).
/// </summary>
internal sealed class WebConsoleService(IServiceProvider services, IOptions<WebConsoleOptions> options, ILogger<WebConsoleService> logger)
    : IHostedService, IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private ConsoleListener? _listener;
    private Task _accepting = Task.CompletedTask;
    private ConsoleTransport? _transport;
    private Task _starting = Task.CompletedTask;
    private WebApplication? _app;
    private bool _stopped;
    private bool _disposed;

    /// <summary>Extra set-up of the web application (tests).</summary>
    public Action<WebApplicationBuilder>? Configure { get; set; }

    /// <summary>The address the console listens on (with the real port when 0 was configured); empty when it does not.</summary>
    public IReadOnlyList<string> Addresses => _listener is { } listener ? [listener.Address] : [];

    /// <summary>Whether the web application runs (from the first connection on).</summary>
    public bool IsServing
    {
        get
        {
            lock (_gate)
            {
                return _app is not null;
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            logger.ConsoleDisabled();
            return Task.CompletedTask;
        }

        try
        {
            _listener = ConsoleListener.Bind(options.Value);
        }
        catch (SocketException ex)
        {
            // The port is taken (another program, or a second copy of the service): the worker still publishes;
            // only the console is missing, and the log says why.
            logger.ConsoleNotStarted(ex, options.Value.Url);
            return Task.CompletedTask;
        }

        _accepting = _listener.RunAsync(Accepted, logger, _stopping.Token);
        logger.ConsoleListening(string.Join(", ", Addresses));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!await StopAcceptingAsync())
        {
            return; // stopped before
        }

        WebApplication? app;
        lock (_gate)
        {
            app = _app;
        }

        if (app is not null)
        {
            await app.StopAsync(cancellationToken);
        }

        _transport?.Close();
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await StopAcceptingAsync();
        _transport?.Close();
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }

        _stopping.Dispose();
        _disposed = true;
    }

    /// <summary>Hands a connection to the web application, building and starting it on the first one.</summary>
    private void Accepted(Socket socket)
    {
        ConsoleTransport transport;
        lock (_gate)
        {
            if (_stopped)
            {
                socket.Dispose();
                return;
            }

            if (_transport is null)
            {
                var first = new ConsoleTransport(services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets"));
                _transport = first;
                _starting = Task.Run(() => StartAppAsync(first));
            }

            transport = _transport;
        }

        // The request waits in the socket until Kestrel reads it, however long the start takes.
        if (!transport.TryQueue(socket))
        {
            socket.Dispose();
        }
    }

    private async Task StartAppAsync(ConsoleTransport transport)
    {
        var started = Stopwatch.GetTimestamp();
        WebApplication? app = null;
        try
        {
            app = WebConsoleApp.Build(services, transport, Configure);
            await app.StartAsync(_stopping.Token);
            lock (_gate)
            {
                _app = app;
            }

            logger.ConsoleAppStarted((long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
#pragma warning disable CA1031 // Whatever stops the console from starting must not stop the worker: logged, retried on the next connection.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            if (!_stopping.IsCancellationRequested)
            {
                logger.ConsoleAppFailed(ex);
            }

            lock (_gate)
            {
                if (ReferenceEquals(_transport, transport))
                {
                    _transport = null;
                }
            }

            transport.Close();
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Closes the port and waits for a start under way, so that what follows sees the final state; false when an earlier
    /// call did it.
    /// </summary>
    private async Task<bool> StopAcceptingAsync()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return false;
            }

            _stopped = true;
        }

        await _stopping.CancelAsync();
        _listener?.Dispose();
        await _accepting;
        await _starting;
        return true;
    }
}
