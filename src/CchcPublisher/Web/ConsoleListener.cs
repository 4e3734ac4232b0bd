using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace CchcPublisher.Web;

/// <summary>
/// The console's listening sockets, bound at start the way Kestrel binds the console's URL (<c>localhost</c>: the IPv4
/// and the IPv6 loopback; an IP address: that address, and IPv4 too for <c>::</c>). They accept connections before the
/// web application exists, so that it is built on the first one instead of at start (docs/performance.md section 6),
/// and keep accepting them for it afterwards: the port is held from start to stop and never changes hands.
/// </summary>
internal sealed class ConsoleListener : IDisposable
{
    /// <summary>Kestrel's default backlog.</summary>
    private const int Backlog = 512;

    private readonly List<Socket> _sockets;

    private ConsoleListener(List<Socket> sockets, string address)
    {
        _sockets = sockets;
        Address = address;
    }

    /// <summary>The console's URL with the real port (the one Kestrel would report: <c>http://localhost:5080</c>).</summary>
    public string Address { get; }

    /// <summary>Binds and listens; a <see cref="SocketException"/> when the port is taken or the address is not this machine's.</summary>
    public static ConsoleListener Bind(WebConsoleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sockets = new List<Socket>();
        try
        {
            if (string.Equals(options.Address, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                BindLocalhost(sockets, options.Port);
            }
            else
            {
                sockets.Add(Listen(new IPEndPoint(IPAddress.Parse(options.Address), options.Port)));
            }
        }
        catch
        {
            sockets.ForEach(s => s.Dispose());
            throw;
        }

        var port = ((IPEndPoint)sockets[0].LocalEndPoint!).Port;
        var url = new WebConsoleOptions { Address = options.Address, Port = port }.Url;
        return new ConsoleListener(sockets, url);
    }

    /// <summary>
    /// Accepts connections on every socket and hands each to <paramref name="accepted"/> (which owns it from then on) until
    /// the listener is disposed or <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public Task RunAsync(Action<Socket> accepted, ILogger logger, CancellationToken cancellationToken) =>
        Task.WhenAll(_sockets.Select(s => AcceptLoopAsync(s, accepted, logger, cancellationToken)));

    public void Dispose() => _sockets.ForEach(s => s.Dispose());

    private static async Task AcceptLoopAsync(Socket listening, Action<Socket> accepted, ILogger logger, CancellationToken cancellationToken)
    {
        while (true)
        {
            Socket socket;
            try
            {
                socket = await listening.AcceptAsync(cancellationToken);
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionReset)
            {
                // The client gave up before it was accepted (Kestrel does the same: next one).
                continue;
            }
            catch (Exception ex) when (cancellationToken.IsCancellationRequested || ex is ObjectDisposedException ||
                ex is SocketException { SocketErrorCode: SocketError.OperationAborted or SocketError.Interrupted or SocketError.InvalidArgument })
            {
                return; // stopped
            }
            catch (SocketException ex)
            {
                logger.ConsoleAcceptFailed(ex);
                return;
            }

            accepted(socket);
        }
    }

    /// <summary>
    /// <c>localhost</c>: the IPv4 and IPv6 loopback on the same port. A taken port on either fails; a missing IPv6 (or IPv4)
    /// stack does not, as long as one of them listens (Kestrel's rule).
    /// </summary>
    private static void BindLocalhost(List<Socket> sockets, int port)
    {
        SocketException? first = null;
        foreach (var loopback in new[] { IPAddress.Loopback, IPAddress.IPv6Loopback })
        {
            try
            {
                // Port 0 picks a free port for the first address; the second takes the same one.
                var actual = sockets.Count == 0 ? port : ((IPEndPoint)sockets[0].LocalEndPoint!).Port;
                sockets.Add(Listen(new IPEndPoint(loopback, actual)));
            }
            catch (SocketException ex) when (ex.SocketErrorCode != SocketError.AddressAlreadyInUse)
            {
                first ??= ex;
            }
        }

        if (sockets.Count == 0)
        {
            throw first ?? new SocketException((int)SocketError.AddressNotAvailable);
        }
    }

    private static Socket Listen(IPEndPoint endPoint)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (endPoint.Address.Equals(IPAddress.IPv6Any))
            {
                socket.DualMode = true; // "::" takes IPv4 clients too, as with Kestrel
            }

            socket.Bind(endPoint);
            socket.Listen(Backlog);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
