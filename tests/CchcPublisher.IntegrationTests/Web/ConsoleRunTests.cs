using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CchcPublisher.Cli;
using CchcPublisher.Hosting;
using CchcPublisher.IntegrationTests.Cli;
using CchcPublisher.Web.Security;
using Microsoft.Extensions.Options;

namespace CchcPublisher.IntegrationTests.Web;

/// <summary><c>run</c> with the console, and <c>users add</c>, through the real command line.</summary>
public sealed class ConsoleRunTests : IDisposable
{
    private readonly CliWorkspace _workspace = new() { Time = TimeProvider.System };

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Run_LanAddressWithoutUsers_RefusedNamingTheSetting()
    {
        var config = Path.Combine(_workspace.Root, "lan.json");
        await File.WriteAllTextAsync(config, """{ "WebConsole": { "Address": "0.0.0.0", "Port": 0 } }""", TestContext.Current.CancellationToken);

        var (exit, output) = await _workspace.RunAsync(TestContext.Current.CancellationToken, "run", "--config", config);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("WebConsole:Address", output, StringComparison.Ordinal);
        Assert.Contains("users add", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ConsolePortTaken_WorkerStillPublishes()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var config = Path.Combine(_workspace.Root, "port.json");
        await File.WriteAllTextAsync(config, $$"""{ "WebConsole": { "Address": "127.0.0.1", "Port": {{port}} } }""", TestContext.Current.CancellationToken);
        _workspace.WriteArticle("dau.md", CliWorkspace.Article("Bài có sẵn", publishAt: TimeProvider.System.GetLocalNow().AddMinutes(-5).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)));
        using var stop = new CancellationTokenSource();

        var run = _workspace.RunAsync(stop.Token, "run", "--config", config);

        var page = Path.Combine(_workspace.DataRoot, "site", "bai-viet", "bai-co-san.html");
        for (var i = 0; i < 300 && !File.Exists(page) && !run.IsCompleted; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        await stop.CancelAsync();
        var (exit, output) = await run.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.True(File.Exists(page), output);
        Assert.Equal(0, exit);
        var log = Assert.Single(Directory.GetFiles(Path.Combine(_workspace.DataRoot, "logs"), "cchc-*.log"));
        Assert.Contains("Không mở được bảng điều khiển", await File.ReadAllTextAsync(log, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_PasswordFromInput_StoredHashedAndVerifies()
    {
        using var output = new StringWriter();
        using var input = new StringReader("mot-mat-khau-dai\n");

        var exit = await CliApp.RunAsync(["users", "add", "--name", "lanhdao", "--role", "lanh-dao", "--data", _workspace.DataRoot], output, _workspace.Time, input, TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        Assert.Contains("Đã lưu người dùng lanhdao (Lãnh đạo)", output.ToString(), StringComparison.Ordinal);
        using var users = new UserStore(Options.Create(new PathOptions { Data = _workspace.DataRoot }), _workspace.Time);
        Assert.NotNull(await users.VerifyAsync("lanhdao", "mot-mat-khau-dai", TestContext.Current.CancellationToken));
        Assert.DoesNotContain("mot-mat-khau-dai", await File.ReadAllTextAsync(users.FilePath, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lanh-dao", "")]
    [InlineData("lanh-dao", "ngan")]
    [InlineData("sep", "mot-mat-khau-dai")]
    public async Task UsersAdd_BadPasswordOrRole_Exit2NothingStored(string role, string password)
    {
        using var output = new StringWriter();
        using var input = new StringReader(password + "\n");

        var exit = await CliApp.RunAsync(["users", "add", "--name", "lanhdao", "--role", role, "--data", _workspace.DataRoot], output, _workspace.Time, input, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith("Lỗi:", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_workspace.DataRoot, UserStore.FileName)));
    }
}
