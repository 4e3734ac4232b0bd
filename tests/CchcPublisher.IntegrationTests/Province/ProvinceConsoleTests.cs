using System.Net;
using CchcPublisher.Cli;
using CchcPublisher.IntegrationTests.Web;
using CchcPublisher.Province;
using CchcPublisher.Web;
using CchcPublisher.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CchcPublisher.IntegrationTests.Province;

/// <summary>
/// The province console served by a province worker: the overview of every commune, the switcher, each commune's
/// pages from its own services, and a commune's own user confined to that commune.
/// </summary>
public sealed class ProvinceConsoleTests : IAsyncLifetime
{
    private const string Password = "mat-khau-thu-nghiem";

    private readonly ProvinceFolder _province = new(new Dictionary<string, string> { ["Scheduling"] = "{ \"SweepInterval\": \"01:00:00\" }" });

    private IHost? _host;

    private Uri _address = new("http://127.0.0.1/");

    public async ValueTask InitializeAsync()
    {
        _province.AddCommune("hoa-an", "UBND xã Hòa An", articles: 2);
        _province.AddCommune("binh-minh", "UBND phường Bình Minh", articles: 1);
        _province.AddCommune("loi", "UBND xã Lỗi", settingsJson: "{ \"Commune\": { \"TimeZone\": \"Sao/Hoa\" } }");
        // The sample commune's plan (July to December 2026) for two communes: the overview shows their progress.
        foreach (var id in new[] { "hoa-an", "binh-minh" })
        {
            var plans = Path.Combine(_province.CommuneFolder(id), "content", "plan");
            Directory.CreateDirectory(plans);
            File.Copy(Path.Combine(ConsoleSite.RepositoryRoot(), "content", "plan", "2026-6-thang-cuoi.yaml"), Path.Combine(plans, "2026-6-thang-cuoi.yaml"));
        }

        using var input = new StringReader(Password + "\n");
        var (exit, output) = await RunCliAsync(input, "users", "add", "--name", "xahoaan", "--role", ConsoleRoles.Editor, "--commune", "hoa-an");
        Assert.True(exit == 0, output);

        var context = new CliContext(Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(TextWriter.Null) }), TextWriter.Null, _province.Time);
        var parse = CliApp.Build(context).Parse(["run", "--config", _province.ConfigPath]);
        var builder = ProvinceWorker.CreateBuilder(context, parse) ?? throw new InvalidOperationException("not a province installation");
        _host = builder.BuildValidated();
        Assert.Null(await _host.Services.GetRequiredService<UserStore>().AddAsync("sonoivu", ConsoleRoles.Leader, Password, CancellationToken.None));
        await _host.StartAsync(TestContext.Current.CancellationToken);
        _address = new Uri(_host.Services.GetRequiredService<WebConsoleService>().Addresses.Single().TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync(CancellationToken.None);
            _host.Dispose();
        }

        _province.Dispose();
    }

    [Fact]
    public async Task ProvinceUser_SeesEveryCommune_SortsThem_AndOpensOne()
    {
        using var client = await SignInAsync("sonoivu");

        var overview = Table(await client.GetStringAsync(new Uri("tinh?sap=ten&giam=0", UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.Contains("3 xã, phường", overview, StringComparison.Ordinal);
        var binhMinh = overview.IndexOf("UBND phường Bình Minh", StringComparison.Ordinal);
        var hoaAn = overview.IndexOf("UBND xã Hòa An", StringComparison.Ordinal);
        Assert.True(binhMinh > 0 && hoaAn > binhMinh, "sorted by name, Vietnamese order");
        Assert.Contains("1 xã không đọc được", overview, StringComparison.Ordinal);
        Assert.Contains("Sao/Hoa", WebUtility.HtmlDecode(overview), StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(overview, "<meter "));
        Assert.Contains("2 đang chậm so với kế hoạch", overview, StringComparison.Ordinal);
        var descending = Table(await client.GetStringAsync(new Uri("tinh?sap=ten&giam=1", UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.True(descending.IndexOf("UBND xã Hòa An", StringComparison.Ordinal) < descending.IndexOf("UBND phường Bình Minh", StringComparison.Ordinal));

        // Before a commune is chosen, its pages lead to the province overview.
        using (var before = await client.GetAsync(new Uri("so-theo-doi", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
            Assert.Equal("/tinh", before.Headers.Location?.OriginalString);
        }

        using (var choose = await client.GetAsync(new Uri("chon-xa?xa=hoa-an", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.Redirect, choose.StatusCode);
        }

        var page = await client.GetStringAsync(new Uri("so-theo-doi", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("<strong>UBND xã Hòa An</strong>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"hoa-an\" selected>", page, StringComparison.Ordinal);
        var other = await client.GetStringAsync(new Uri("?xa=binh-minh", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("<strong>UBND phường Bình Minh</strong>", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommuneUser_SeesOnlyTheirCommune()
    {
        using var client = await SignInAsync("xahoaan");

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("<strong>UBND xã Hòa An</strong>", home, StringComparison.Ordinal);
        Assert.DoesNotContain("chon-xa", home, StringComparison.Ordinal);
        using var province = await client.GetAsync(new Uri("tinh", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, province.StatusCode);
        using var elsewhere = await client.GetAsync(new Uri("?xa=binh-minh", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Browser_ProvinceOverviewAndSwitcher_DesktopAndPhone()
    {
        await using var browser = await Browser.LaunchAsync();
        await using var page = await Browser.PageAsync(browser);
        await page.GoToAsync(new Uri(_address, "dang-nhap").ToString());
        await page.TypeAsync("input[name=ten]", "sonoivu");
        await page.TypeAsync("input[name=\"mat-khau\"]", Password);
        await Browser.ClickAndWaitAsync(page, "main button[type=submit]");
        Assert.EndsWith("/tinh", page.Url, StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "toan-tinh");

        await Browser.ClickAndWaitAsync(page, "main th a[href*=\"sap=loi\"]");
        Assert.Contains("sap=loi", page.Url, StringComparison.Ordinal);
        await page.SelectAsync("select[name=xa]", "binh-minh");
        await Browser.ClickAndWaitAsync(page, "form.chon-xa button");
        Assert.Contains("UBND phường Bình Minh", await page.EvaluateExpressionAsync<string>("document.querySelector('header .ten strong').textContent"), StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "toan-tinh-mot-xa");

        await using var phone = await Browser.PageAsync(browser, phone: true);
        await phone.SetCookieAsync(await page.GetCookiesAsync());
        await phone.GoToAsync(new Uri(_address, "tinh").ToString());
        await Browser.ScreenshotAsync(phone, "dien-thoai-toan-tinh");
        var overflow = await phone.EvaluateExpressionAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the province page scrolls sideways on a phone");
    }

    [Fact]
    public async Task UnknownUser_IsRefused()
    {
        using var client = Client();
        var token = await ConsoleSite.TokenAsync(client, "dang-nhap");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__chongia"] = token, ["ten"] = "khong-co", ["mat-khau"] = Password });
        using var response = await client.PostAsync(new Uri("dang-nhap", UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>The page from its main part (the header's switcher also names every commune).</summary>
    private static string Table(string html) => html[html.IndexOf("<main>", StringComparison.Ordinal)..];

    private async Task<HttpClient> SignInAsync(string name)
    {
        var client = Client();
        var token = await ConsoleSite.TokenAsync(client, "dang-nhap");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__chongia"] = token, ["ten"] = name, ["mat-khau"] = Password, ["ReturnUrl"] = "/" });
        using var response = await client.PostAsync(new Uri("dang-nhap", UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private HttpClient Client()
    {
#pragma warning disable CA2000 // The client owns and disposes the handler.
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
#pragma warning restore CA2000
        return new HttpClient(handler, disposeHandler: true) { BaseAddress = _address };
    }

    private async Task<(int Exit, string Output)> RunCliAsync(TextReader input, params string[] args)
    {
        using var output = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, "--config", _province.ConfigPath], output, _province.Time, input, TestContext.Current.CancellationToken);
        return (exit, output.ToString());
    }
}
