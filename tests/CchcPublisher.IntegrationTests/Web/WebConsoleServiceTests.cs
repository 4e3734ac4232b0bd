using System.Net;
using System.Net.Sockets;
using CchcPublisher.IntegrationTests.TestSupport;
using CchcPublisher.Web;
using CchcPublisher.Web.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CchcPublisher.IntegrationTests.Web;

/// <summary>
/// The console's port is open from start, its web application is built on the first connection: the first requests
/// are served as if it had always been there, and start, stop and a taken port behave as before.
/// </summary>
public sealed class WebConsoleServiceTests : IDisposable
{
    private const int Listening = 8001;
    private const int NotStarted = 8003;
    private const int AppStarted = 8004;
    private const int AppFailed = 8005;

    private readonly FakeLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task FirstRequest_AppBuiltOnDemand_GetThenAntiforgeryPostServed()
    {
        await using var site = await StartAsync();
        var console = site.Services.GetRequiredService<WebConsoleService>();
        Assert.False(console.IsServing);
        Assert.Single(Events(Listening), r => r.Message.Contains(site.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal));

        // SignedInAsync: the first connection GETs the login form, then posts it with its antiforgery token.
        using var client = await site.SignedInAsync(ConsoleRoles.Editor);
        using var overview = await client.GetAsync(new Uri("", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.True(console.IsServing);
        Assert.Single(Events(AppStarted));
        Assert.Empty(Events(AppFailed));
    }

    [Fact]
    public async Task ConcurrentFirstRequests_AllServedByOneApp()
    {
        await using var site = await StartAsync();
        var clients = Enumerable.Range(0, 12).Select(i => site.Client(out _)).ToList();

        var pages = await Task.WhenAll(clients.Select(c => c.GetStringAsync(new Uri("dang-nhap", UriKind.Relative), TestContext.Current.CancellationToken)));

        Assert.All(pages, page => Assert.Contains("name=\"__chongia\"", page, StringComparison.Ordinal));
        Assert.Single(Events(AppStarted));
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task StopBeforeAnyRequest_PortClosedNothingBuilt()
    {
        await using var site = await StartAsync();
        var console = site.Services.GetRequiredService<WebConsoleService>();

        await console.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(SocketError.ConnectionRefused, await ConnectAsync(site.BaseAddress));
        Assert.False(console.IsServing);
        Assert.Empty(Events(AppStarted));
        Assert.Empty(Events(AppFailed));
    }

    [Fact]
    public async Task StopAfterServing_PortClosed()
    {
        await using var site = await StartAsync();
        var console = site.Services.GetRequiredService<WebConsoleService>();
        using (var client = site.Client(out _))
        {
            await ConsoleSite.TokenAsync(client, "dang-nhap");
        }

        await console.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(SocketError.ConnectionRefused, await ConnectAsync(site.BaseAddress));
    }

    [Fact]
    public async Task PortTaken_NoAddressLoggedWithUrl_WorkerHostRuns()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        await using var site = await StartAsync(new() { ["WebConsole:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Empty(site.Services.GetRequiredService<WebConsoleService>().Addresses);
        var record = Assert.Single(Events(NotStarted));
        Assert.Contains($"http://127.0.0.1:{port}", record.Message, StringComparison.Ordinal);
        Assert.Empty(Events(Listening));
        Assert.False(site.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task StartFails_LoggedAndNextConnectionServed()
    {
        await using var site = await StartAsync();
        var console = site.Services.GetRequiredService<WebConsoleService>();
        var attempts = 0;
        console.Configure = _ =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                throw new InvalidOperationException("thử lỗi khi dựng bảng điều khiển");
            }
        };

        using (var failing = site.Client(out _))
        {
            await Assert.ThrowsAsync<HttpRequestException>(() => failing.GetStringAsync(new Uri("dang-nhap", UriKind.Relative), TestContext.Current.CancellationToken));
        }

        using var client = site.Client(out _);
        var page = await client.GetStringAsync(new Uri("dang-nhap", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("name=\"__chongia\"", page, StringComparison.Ordinal);
        Assert.Equal("thử lỗi khi dựng bảng điều khiển", Assert.Single(Events(AppFailed)).Exception?.Message);
        Assert.Single(Events(AppStarted));
    }

    [Fact]
    public async Task Localhost_OneAddressServedOnBothLoopbacks()
    {
        await using var site = await StartAsync(new() { ["WebConsole:Address"] = "localhost" });
        var address = new Uri(Assert.Single(site.Services.GetRequiredService<WebConsoleService>().Addresses));
        Assert.Equal("localhost", address.Host);
        Assert.Single(Events(Listening), r => r.Message.Contains($"http://localhost:{address.Port}", StringComparison.Ordinal));

        var ipv6 = Socket.OSSupportsIPv6 && CanBind(IPAddress.IPv6Loopback);
        RequiredComponent.SkipOrFailWhen(!ipv6, "IPv6 loopback (::1) is not available on this machine");
        foreach (var host in new[] { "127.0.0.1", "[::1]" })
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://{host}:{address.Port}/") };
            var page = await client.GetStringAsync(new Uri("dang-nhap", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Contains("name=\"__chongia\"", page, StringComparison.Ordinal);
        }
    }

    private Task<ConsoleSite> StartAsync(Dictionary<string, string?>? settings = null) =>
        ConsoleSite.StartAsync(configureHost: builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings ?? []);
            builder.Logging.AddProvider(_logs);
            builder.Logging.AddFilter<FakeLoggerProvider>(typeof(WebConsoleService).FullName, LogLevel.Information);
        });

    private List<FakeLogRecord> Events(int id) =>
        _logs.Collector.GetSnapshot().Where(r => r.Id.Id == id && r.Category == typeof(WebConsoleService).FullName).ToList();

    private static async Task<SocketError> ConnectAsync(Uri address)
    {
        using var probe = new TcpClient();
        try
        {
            await probe.ConnectAsync(IPAddress.Parse(address.Host), address.Port, TestContext.Current.CancellationToken);
            return SocketError.Success;
        }
        catch (SocketException ex)
        {
            return ex.SocketErrorCode;
        }
    }

    private static bool CanBind(IPAddress address)
    {
        try
        {
            using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(address, 0));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
