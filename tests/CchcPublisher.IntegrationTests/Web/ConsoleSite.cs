using System.Net;
using System.Text.RegularExpressions;
using CchcPublisher.Cli;
using CchcPublisher.Web;
using CchcPublisher.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.IntegrationTests.Web;

/// <summary>
/// The console on a free loopback port over a temp copy of the sample commune's content, with a fake clock, one
/// user per role (password <see cref="Password"/>) and the ledger of one <c>publish</c> run at that clock.
/// </summary>
internal sealed partial class ConsoleSite : IAsyncDisposable
{
    public const string Password = "mat-khau-thu-nghiem";

    private IHost? _host;

    private ConsoleSite()
    {
    }

    /// <summary>2 December 2026, 09:00 in the commune.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(7));

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "cchc-web-" + Guid.NewGuid().ToString("N"));

    public string ContentRoot => Path.Combine(Root, "content");

    public string DataRoot => Path.Combine(Root, "data");

    public FakeTimeProvider Time { get; } = new(Now);

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IServiceProvider Services => _host!.Services;

    /// <summary>
    /// Starts a site; <paramref name="prepare"/> may add articles before the publish run, <paramref name="configureHost"/>
    /// change the worker's host (settings, log providers) before it is built.
    /// </summary>
    public static async Task<ConsoleSite> StartAsync(Action<ConsoleSite>? prepare = null, int loginAttemptsPerMinute = 100, bool approvalRequired = false, Action<IHostApplicationBuilder>? configureHost = null)
    {
        var site = new ConsoleSite();
        CopyFolder(Path.Combine(RepositoryRoot(), "content"), site.ContentRoot);
        Directory.CreateDirectory(site.DataRoot);
        site.WriteArticle("2026/12/lich-tiep-cong-dan.md",
            "---\ntitle: Lịch tiếp công dân tháng 12\ncategories: [mot-cua]\npublish_at: 2026-12-02T05:30\nchannels: [website, zalo, facebook, radio]\n---\nChủ tịch UBND xã tiếp công dân vào sáng thứ Năm hằng tuần.\n");
        prepare?.Invoke(site);
        using (var output = new StringWriter())
        {
            var exit = await CliApp.RunAsync(["publish", "--due-until", "2026-12-02T09:00", "--content", site.ContentRoot, "--data", site.DataRoot], output, site.Time);
            Assert.True(exit is 0 or 1, output.ToString());
        }

        var context = new CliContext(Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(TextWriter.Null) }), TextWriter.Null, site.Time);
        var parse = CliApp.Build(context).Parse(["run", "--content", site.ContentRoot, "--data", site.DataRoot]);
        var builder = CliHost.CreateBuilder(context, parse, worker: false, new Dictionary<string, string?>
        {
            ["WebConsole:Address"] = "127.0.0.1",
            ["WebConsole:Port"] = "0",
            ["WebConsole:LoginAttemptsPerMinute"] = loginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // A window far longer than a test, so that no window boundary falls between two attempts.
            ["WebConsole:LoginWindow"] = "06:00:00",
            ["Approval:Required"] = approvalRequired ? "true" : "false",
        });
        builder.AddWebConsole();
        configureHost?.Invoke(builder);
        var host = builder.BuildValidated();
        var users = host.Services.GetRequiredService<UserStore>();
        foreach (var role in ConsoleRoles.All)
        {
            Assert.Null(await users.AddAsync(UserFor(role), role, Password, CancellationToken.None));
        }

        await host.StartAsync();
        site._host = host;
        if (host.Services.GetRequiredService<WebConsoleService>().Addresses is [var address])
        {
            site.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        }

        return site;
    }

    /// <summary>Adds an article file (UTF-8) under the content's <c>articles/</c>.</summary>
    public void WriteArticle(string relativePath, string text)
    {
        var path = Path.Combine(ContentRoot, "articles", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
    }

    /// <summary>The test user of a role: its name without the dashes.</summary>
    public static string UserFor(string role) => role.Replace("-", string.Empty, StringComparison.Ordinal);

    /// <summary>An HTTP client with its own cookies, not following redirects.</summary>
    public HttpClient Client(out CookieContainer cookies)
    {
        cookies = new CookieContainer();
#pragma warning disable CA2000 // The client owns and disposes the handler.
        var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
#pragma warning restore CA2000
        return new HttpClient(handler, disposeHandler: true) { BaseAddress = BaseAddress };
    }

    /// <summary>Signs in as the user of <paramref name="role"/>; returns the client.</summary>
    public async Task<HttpClient> SignedInAsync(string role)
    {
        var client = Client(out _);
        var token = await TokenAsync(client, "dang-nhap");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__chongia"] = token, ["ten"] = UserFor(role), ["mat-khau"] = Password, ["ReturnUrl"] = "/",
        });
        using var response = await client.PostAsync(new Uri("dang-nhap", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The antiforgery token of the first form on <paramref name="path"/>.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CchcPublisher.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (CchcPublisher.sln) not found.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex("name=\"__chongia\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
