using CchcPublisher.Content;
using CchcPublisher.Ledger;
using CchcPublisher.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPublisher.IntegrationTests.Web;

/// <summary>The console in a real headless Chromium: what an official does with it, and screenshots of each page.</summary>
public sealed class ConsoleBrowserTests
{
    private const string XssTitle = "<img src=x onerror=\"window.__xss=1\"> Bài thử <script>window.__xss=1</script>";

    [Theory]
    [InlineData(ConsoleRoles.Editor, "Biên tập viên")]
    [InlineData(ConsoleRoles.Leader, "Lãnh đạo")]
    [InlineData(ConsoleRoles.Radio, "Phát thanh")]
    [InlineData(ConsoleRoles.Admin, "Quản trị")]
    public async Task Login_EachRole_SeesOverviewAndQueue(string role, string label)
    {
        await using var site = await ConsoleSite.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        await using var page = await Browser.PageAsync(browser);

        await Browser.SignInAsync(page, site, role);

        Assert.EndsWith("/", page.Url, StringComparison.Ordinal);
        Assert.Contains(label, await page.EvaluateExpressionAsync<string>("document.querySelector('.nguoi').innerText"), StringComparison.Ordinal);
        await page.GoToAsync(new Uri(site.BaseAddress, "hang-doi").ToString());
        var queued = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('tr[data-bai]')].map(r => r.dataset.bai)");
        Assert.Contains("duong-day-nong", queued);
        var canReorder = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('form[action=\"/hang-doi/doi-cho\"]').length") > 0;
        Assert.Equal(ConsoleRoles.EditRoles.Contains(role), canReorder);
        var auditLink = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('nav a[href=\"/nhat-ky\"]').length") > 0;
        Assert.Equal(ConsoleRoles.AuditRoles.Contains(role), auditLink);
    }

    [Fact]
    public async Task PasteReady_CopyButtonPutsTheTextOnTheClipboard()
    {
        await using var site = await ConsoleSite.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        await using var page = await Browser.PageAsync(browser);
        await Browser.SignInAsync(page, site, ConsoleRoles.Editor);
        await page.GoToAsync(new Uri(site.BaseAddress, "dan-san?bai=2026%2F12%2Flich-tiep-cong-dan").ToString());
        await Browser.ScreenshotAsync(page, "dan-san");

        await page.ClickAsync("button[data-chep=van-ban]");
        await page.WaitForFunctionAsync("() => document.querySelector('button[data-chep=van-ban]').textContent === 'Đã sao chép'");

        var selected = await page.EvaluateExpressionAsync<string>("document.getSelection().toString() || (() => { const t = document.getElementById('van-ban'); return t.value.substring(t.selectionStart, t.selectionEnd); })()");
        Assert.StartsWith("Lịch tiếp công dân tháng 12", selected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_EditorMovesFirstDown_OrderSavedAndShown()
    {
        await using var site = await ConsoleSite.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        await using var page = await Browser.PageAsync(browser);
        await Browser.SignInAsync(page, site, ConsoleRoles.Editor);
        await page.GoToAsync(new Uri(site.BaseAddress, "hang-doi").ToString());
        const string columnRows = "[...document.querySelectorAll('tr[data-bai]')].filter(r => r.querySelector('td.thu-tu')).map(r => r.dataset.bai)";
        var before = await page.EvaluateExpressionAsync<string[]>(columnRows);
        await Browser.ScreenshotAsync(page, "hang-doi");

        await Browser.ClickAndWaitAsync(page, "tr[data-bai] td.thu-tu form button");

        var after = await page.EvaluateExpressionAsync<string[]>(columnRows);
        Assert.Equal([before[1], before[0], .. before[2..]], after);
        Assert.Equal(after, QueueOrderFile.Read(site.ContentRoot).Take(after.Length));
        Assert.Contains("Đã đổi thứ tự", await page.EvaluateExpressionAsync<string>("document.querySelector('.bao').innerText"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ledger_EditorConfirmsManualPost_PublishedWithLink()
    {
        await using var site = await ConsoleSite.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        await using var page = await Browser.PageAsync(browser);
        await Browser.SignInAsync(page, site, ConsoleRoles.Editor);
        await page.GoToAsync(new Uri(site.BaseAddress, "so-theo-doi?kenh=zalo&trang-thai=awaitingmanual").ToString());
        await Browser.ScreenshotAsync(page, "so-theo-doi");

        await page.TypeAsync("input[name=\"lien-ket\"]", "https://zalo.me/bai-lich-tiep-dan");
        await Browser.ClickAndWaitAsync(page, "form[action=\"/so-theo-doi/xac-nhan\"] button");

        Assert.Contains("Đã ghi nhận", await page.EvaluateExpressionAsync<string>("document.querySelector('.bao').innerText"), StringComparison.Ordinal);
        var entry = await site.Services.GetRequiredService<ILedger>().FindAsync("2026/12/lich-tiep-cong-dan", "zalo", TestContext.Current.CancellationToken);
        Assert.Equal(PublicationState.Published, entry!.State);
        Assert.Equal("https://zalo.me/bai-lich-tiep-dan", entry.RemoteUrl);
    }

    [Fact]
    public async Task Radio_OperatorPreparesAndConfirmsProgram_ItemsAired()
    {
        await using var site = await ConsoleSite.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        await using var page = await Browser.PageAsync(browser);
        await Browser.SignInAsync(page, site, ConsoleRoles.Radio);
        await page.GoToAsync(new Uri(site.BaseAddress, "dai-truyen-thanh?ngay=2026-12-02").ToString());

        await Browser.ClickAndWaitAsync(page, "form[action=\"/dai-truyen-thanh/lap\"] button");
        Assert.Contains("Đã lập chương trình", await page.EvaluateExpressionAsync<string>("document.querySelector('.bao').innerText"), StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "dai-truyen-thanh");
        await Browser.ClickAndWaitAsync(page, "form[action=\"/dai-truyen-thanh/xac-nhan\"] button");

        Assert.Contains("Đã xác nhận phát 1 tin", await page.EvaluateExpressionAsync<string>("document.querySelector('.bao').innerText"), StringComparison.Ordinal);
        var ledger = site.Services.GetRequiredService<ILedger>();
        var broadcast = await ledger.FindAsync("2026/12/lich-tiep-cong-dan", "radio-broadcast", TestContext.Current.CancellationToken);
        Assert.Equal(PublicationState.Published, broadcast!.State);
        var program = await ledger.FindAsync("program/2026-12-02/sang", "radio-program", TestContext.Current.CancellationToken);
        Assert.Equal(PublicationState.Published, program!.State);
    }

    [Fact]
    public async Task XssInTitleAndBody_NeverExecutes()
    {
        await using var site = await ConsoleSite.StartAsync(s => s.WriteArticle("chuyen-muc/zz-xss.md",
            $"---\ntitle: '{XssTitle}'\ncategories: [mot-cua]\n---\n<script>window.__xss=1</script>\n\n<img src=x onerror=\"window.__xss=1\">\n"));
        await using var browser = await Browser.LaunchAsync();
        await using var page = await Browser.PageAsync(browser);
        await Browser.SignInAsync(page, site, ConsoleRoles.Admin);

        foreach (var path in new[] { "", "hang-doi", "so-theo-doi", "lich?tuan=2026-12-07", "lich" })
        {
            var response = await page.GoToAsync(new Uri(site.BaseAddress, path).ToString());
            Assert.Contains("script-src 'self'", response.Headers["content-security-policy"], StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", response.Headers["content-security-policy"], StringComparison.Ordinal);
            Assert.False(await page.EvaluateExpressionAsync<bool>("window.__xss === 1"), path);
            Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('main script, main img').length"));
            if (path == "hang-doi")
            {
                // Shown as text, exactly as written.
                Assert.Contains(XssTitle, await page.EvaluateExpressionAsync<string>("document.body.innerText"), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Plan_LeaderDownloadsEachReportFormat_FilesAreTheRealDocuments()
    {
        await using var site = await ConsoleSite.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        await using var page = await Browser.PageAsync(browser);
        await Browser.SignInAsync(page, site, ConsoleRoles.Leader);
        await page.GoToAsync(new Uri(site.BaseAddress, "ke-hoach").ToString());

        // The links the page offers, fetched with the signed-in session as a click would.
        var links = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('a[href^=\"/ke-hoach/bao-cao\"][download]')].map(a => a.getAttribute('href'))");
        Assert.NotEmpty(links);
        foreach (var format in new[] { "docx", "xlsx", "md" })
        {
            var href = links.First(l => l.EndsWith("dang=" + format, StringComparison.Ordinal));
            var download = await page.EvaluateFunctionAsync<DownloadProbe>(
                "async href => { const r = await fetch(href); const b = new Uint8Array(await r.arrayBuffer()); " +
                "return { status: r.status, disposition: r.headers.get('content-disposition') || '', size: b.length, " +
                "head: String.fromCharCode(...b.slice(0, 2)), text: new TextDecoder().decode(b.slice(0, 400)) }; }", href);

            Assert.Equal(200, download.Status);
            Assert.Contains("attachment", download.Disposition, StringComparison.Ordinal);
            Assert.Contains("." + format, download.Disposition, StringComparison.Ordinal);
            if (format == "md")
            {
                Assert.Contains("KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN", download.Text, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal("PK", download.Head); // Office Open XML is a zip package
                Assert.True(download.Size > 2_000, $"{format}: {download.Size} bytes");
            }
        }
    }

    [Theory]
    [InlineData(ConsoleRoles.Radio, "bai-viet/moi")]
    [InlineData(ConsoleRoles.Radio, "nhat-ky")]
    [InlineData(ConsoleRoles.Editor, "nhat-ky")]
    public async Task ForbiddenPage_IsRefusedInTheBrowser(string role, string path)
    {
        await using var site = await ConsoleSite.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        await using var page = await Browser.PageAsync(browser);
        await Browser.SignInAsync(page, site, role);

        var response = await page.GoToAsync(new Uri(site.BaseAddress, path).ToString());

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.Status);
    }

    [Fact]
    public async Task Screenshots_EveryPage_DesktopAndPhone()
    {
        await using var site = await ConsoleSite.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        await using var page = await Browser.PageAsync(browser);
        await page.GoToAsync(new Uri(site.BaseAddress, "dang-nhap").ToString());
        await Browser.ScreenshotAsync(page, "dang-nhap");
        await Browser.SignInAsync(page, site, ConsoleRoles.Admin);
        foreach (var (path, name) in Pages)
        {
            var response = await page.GoToAsync(new Uri(site.BaseAddress, path).ToString());
            Assert.True(response.Ok, $"{path}: {response.Status}");
            await Browser.ScreenshotAsync(page, name);
        }

        await using var phone = await Browser.PageAsync(browser, phone: true);
        await phone.GoToAsync(new Uri(site.BaseAddress, "").ToString());
        await Browser.ScreenshotAsync(phone, "dien-thoai-tong-quan");
        var overflow = await phone.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The overview is {overflow}px wider than a phone screen.");
    }

    private static readonly (string Path, string Name)[] Pages =
    [
        ("", "tong-quan"),
        ("so-theo-doi", "so-theo-doi-tat-ca"),
        ("nhat-ky", "nhat-ky"),
        ("lich", "lich-thang"),
        ("lich?tuan=2026-11-30", "lich-tuan"),
        ("ke-hoach", "ke-hoach"),
        ("ke-hoach/viec-tiep?tuan=4", "ke-hoach-viec-tiep"),
        ("kenh", "kenh"),
    ];

    private sealed record DownloadProbe(int Status, string Disposition, int Size, string Head, string Text);
}
