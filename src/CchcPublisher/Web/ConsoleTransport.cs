using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Logging;

namespace CchcPublisher.Web;

/// <summary>
/// Kestrel's transport for the console: instead of binding a port, Kestrel takes the connections that
/// <see cref="ConsoleListener"/> accepted, in order, the first one included (it was accepted before the web application
/// existed and its request waits in the socket). Kestrel listens on <see cref="EndPoint"/>, which only this transport binds.
/// </summary>
internal sealed class ConsoleTransport(ILogger logger) : IConnectionListenerFactory, IConnectionListenerFactorySelector
{
    private readonly Channel<Socket> _accepted = Channel.CreateUnbounded<Socket>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>The end point to give Kestrel's <c>Listen</c>.</summary>
    public EndPoint EndPoint { get; } = new ConsoleEndPoint();

    /// <summary>Queues an accepted connection for Kestrel; false (and the caller closes it) once the transport is closed.</summary>
    public bool TryQueue(Socket socket) => _accepted.Writer.TryWrite(socket);

    /// <summary>No more connections: closes those Kestrel has not taken, and Kestrel's accept loop ends.</summary>
    public void Close()
    {
        _accepted.Writer.TryComplete();
        while (_accepted.Reader.TryRead(out var socket))
        {
            socket.Dispose();
        }
    }

    public bool CanBind(EndPoint endpoint) => ReferenceEquals(endpoint, EndPoint);

    public ValueTask<IConnectionListener> BindAsync(EndPoint endpoint, CancellationToken cancellationToken = default) =>
        CanBind(endpoint)
            ? ValueTask.FromResult<IConnectionListener>(new Listener(this, logger))
            : throw new NotSupportedException($"{endpoint} is not the console's end point.");

    /// <summary>Kestrel's listener over the queue: the socket transport's own connection type for each socket.</summary>
    private sealed class Listener(ConsoleTransport transport, ILogger logger) : IConnectionListener
    {
        private readonly SocketConnectionContextFactory _connections = new(new SocketConnectionFactoryOptions(), logger);

        private readonly CancellationTokenSource _unbound = new();

        public EndPoint EndPoint => transport.EndPoint;

        public async ValueTask<ConnectionContext?> AcceptAsync(CancellationToken cancellationToken = default)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _unbound.Token);
            try
            {
                while (await transport._accepted.Reader.WaitToReadAsync(linked.Token))
                {
                    if (!transport._accepted.Reader.TryRead(out var socket))
                    {
                        continue;
                    }

                    try
                    {
                        socket.NoDelay = true; // as Kestrel's socket transport does
                    }
                    catch (SocketException)
                    {
                        socket.Dispose(); // the client is already gone
                        continue;
                    }

                    return _connections.Create(socket);
                }
            }
            catch (OperationCanceledException) when (_unbound.IsCancellationRequested)
            {
                // Unbound: the end of Kestrel's accept loop.
            }

            return null;
        }

        public ValueTask UnbindAsync(CancellationToken cancellationToken = default)
        {
            _unbound.Cancel();
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            _unbound.Cancel();
            _unbound.Dispose();
            _connections.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>An end point no other transport binds.</summary>
    private sealed class ConsoleEndPoint : EndPoint
    {
        public override string ToString() => "cchc-console";
    }
}
