using System.Net;
using CchcPublisher.IntegrationTests.TestSupport;
using CchcPublisher.Web.Security;
using PuppeteerSharp;

namespace CchcPublisher.IntegrationTests.Web;

/// <summary>Writing in the browser (issue 15): the editor in a real headless Chromium, as an official uses it.</summary>
public sealed class EditorBrowserTests
{
    private const string Title = "Hướng dẫn đăng ký khai sinh trực tuyến";

    [Fact]
    public async Task Editor_WriteFromScratchWithImage_ChecksPreviewsPlaysSavesAndLists()
    {
        RequiredComponent.SkipOrFailWhen(!File.Exists("/usr/bin/espeak-ng"), "espeak-ng is not installed (apt-get install espeak-ng): the radio preview cannot be heard.");
        await using var site = await ConsoleSite.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        await using var page = await Browser.PageAsync(browser);
        await Browser.SignInAsync(page, site, ConsoleRoles.Editor);
        await page.GoToAsync(new Uri(site.BaseAddress, "bai-viet").ToString());
        await Browser.ClickAndWaitAsync(page, "#viet-bai-moi");

        await page.TypeAsync("#tieu-de", Title);
        foreach (var channel in new[] { "website", "zalo", "facebook", "radio" })
        {
            await page.ClickAsync($"input[name=\"kenh\"][value=\"{channel}\"]");
        }

        await page.ClickAsync("#hang-tuan");
        await page.EvaluateExpressionAsync("document.getElementById('dang-luc').value = '2026-12-10T07:30'");
        await page.TypeAsync("textarea[name=\"tom-tat\"]", "Cha mẹ đăng ký khai sinh cho con ngay tại nhà.");
        await page.TypeAsync("input[name=\"tac-gia\"]", "Công chức Tư pháp - Hộ tịch");
        await page.EvaluateExpressionAsync(
            "document.getElementById('noi-dung').value = 'Từ ngày 10/12/2026, người dân nộp hồ sơ trên Cổng Dịch vụ công quốc gia.\\n\\nMã hồ sơ dạng QWXZ gửi qua tin nhắn.\\n'");
        await page.FocusAsync("#noi-dung");
        await page.Keyboard.TypeAsync("Phí: 0 đồng.");

        // No category yet: validate's error appears while typing, then goes once one is chosen.
        await page.WaitForSelectorAsync("#chan-doan li.loi[data-ma=\"CCHC114\"]");
        await page.ClickAsync("input[name=\"the-loai\"][value=\"mot-cua\"]");
        await page.WaitForFunctionAsync("() => !document.querySelector('#chan-doan li.loi')");
        Assert.Equal(1, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#chan-doan li[data-ma=\"SPEECH010\"]').length"));

        // An image through the toolbar: uploaded next to the article and inserted in the body, then used as the cover.
        var picture = Path.Combine(site.ContentRoot, "articles", "2026", "11", "anh-bia-vneid.png");
        await (await page.QuerySelectorAsync("#chon-anh")).UploadFileAsync(picture);
        await page.WaitForFunctionAsync("() => document.getElementById('noi-dung').value.includes('](anh/')");
        var image = await page.EvaluateExpressionAsync<string>("document.getElementById('noi-dung').value.match(/\\]\\((anh\\/[^)]+)\\)/)[1]");
        await page.TypeAsync("#anh-bia", image);

        await page.ClickAsync("#nut-xem-truoc");
        await page.WaitForSelectorAsync("#xt-radio audio");
        foreach (var channel in new[] { "website", "zalo", "facebook", "radio" })
        {
            Assert.Equal(1, await page.EvaluateExpressionAsync<int>($"document.querySelectorAll('#xt-{channel}').length"));
        }

        Assert.True(await page.EvaluateExpressionAsync<bool>("[...document.querySelectorAll('#xt-website img')].every(i => i.complete && i.naturalWidth > 0)"));
        Assert.Contains("Tiêu đề: 38/140", await page.EvaluateExpressionAsync<string>("document.getElementById('xt-zalo').innerText"), StringComparison.Ordinal);
        Assert.Empty(await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#xt-zalo .bao.loi')].map(p => p.innerText)"));
        Assert.Contains("63206", await page.EvaluateExpressionAsync<string>("document.getElementById('xt-facebook').innerText"), StringComparison.Ordinal);
        var changed = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#xt-radio mark')].map(m => m.title)");
        Assert.Contains(changed, c => c.Contains("10/12/2026", StringComparison.Ordinal));
        Assert.Contains("QWXZ", await page.EvaluateExpressionAsync<string>("document.querySelector('#xt-radio .bao.canh').innerText"), StringComparison.Ordinal);

        var audio = page.WaitForResponseAsync(r => r.Url.Contains("/bai-viet/am-thanh", StringComparison.Ordinal), new WaitForOptions { Timeout = 180_000 });
        await page.EvaluateExpressionAsync("(() => { const a = document.getElementById('nghe-thu'); a.preload = 'auto'; a.load(); a.play().catch(() => {}); })()");
        var answer = await audio;
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("audio/wav", answer.Headers["content-type"]);
        await page.WaitForFunctionAsync("() => document.getElementById('nghe-thu').readyState >= 1 && document.getElementById('nghe-thu').duration > 1", new WaitForFunctionOptions { Timeout = 180_000 });
        await Browser.ScreenshotAsync(page, "bien-tap");

        await Browser.ClickAndWaitAsync(page, "#luu");
        Assert.Contains("Đã lưu", await page.EvaluateExpressionAsync<string>("document.querySelector('.bao').innerText"), StringComparison.Ordinal);
        var saved = Path.Combine(site.ContentRoot, "articles", "2026", "12", "huong-dan-dang-ky-khai-sinh-truc-tuyen.md");
        var text = await File.ReadAllTextAsync(saved, TestContext.Current.CancellationToken);
        Assert.Contains("categories: [\"mot-cua\"]", text, StringComparison.Ordinal);
        Assert.Contains("publish_at: 2026-12-10T07:30", text, StringComparison.Ordinal);
        Assert.Contains($"cover: \"{image}\"", text, StringComparison.Ordinal);
        Assert.Contains("Lưu bài viết", AuditActions(site));

        await page.GoToAsync(new Uri(site.BaseAddress, "bai-viet?tim=khai+sinh").ToString());
        Assert.Contains(Title, await page.EvaluateExpressionAsync<string>("document.querySelector('table.bai-viet tbody').innerText"), StringComparison.Ordinal);
        await page.GoToAsync(new Uri(site.BaseAddress, "bai-viet").ToString());
        await Browser.ScreenshotAsync(page, "bai-viet");
        await page.GoToAsync(new Uri(site.BaseAddress, "lich?thang=2026-12").ToString());
        Assert.Contains(Title, await page.EvaluateExpressionAsync<string>("document.querySelector('main').innerText"), StringComparison.Ordinal);

        await using var phone = await Browser.PageAsync(browser, phone: true);
        await Browser.SignInAsync(phone, site, ConsoleRoles.Editor);
        await phone.GoToAsync(new Uri(site.BaseAddress, "bai-viet/sua?tep=articles/2026/12/huong-dan-dang-ky-khai-sinh-truc-tuyen.md").ToString());
        await phone.ClickAsync("#nut-xem-truoc");
        await phone.WaitForSelectorAsync("#xt-radio");
        await Browser.ScreenshotAsync(phone, "dien-thoai-bien-tap");
        Assert.True(await phone.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth - window.innerWidth") <= 0);
    }

    [Fact]
    public async Task Editor_FileChangedOnDisk_BothVersionsKeptAndEarlierVersionRestored()
    {
        const string Path1 = "articles/2026/12/lich-tiep-cong-dan.md";
        await using var site = await ConsoleSite.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        await using var page = await Browser.PageAsync(browser);
        await Browser.SignInAsync(page, site, ConsoleRoles.Editor);
        await page.GoToAsync(new Uri(site.BaseAddress, "bai-viet/sua?tep=" + Uri.EscapeDataString(Path1)).ToString());
        await page.FocusAsync("#noi-dung");
        await page.EvaluateExpressionAsync("(() => { const t = document.getElementById('noi-dung'); t.setSelectionRange(t.value.length, t.value.length); })()");
        await page.Keyboard.TypeAsync(" Bản của tôi.");

        var file = Path.Combine(site.ContentRoot, Path1);
        var theirs = (await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)).Replace("thứ Năm", "thứ Sáu (bản của người khác)", StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, theirs, TestContext.Current.CancellationToken);

        await Browser.ClickAndWaitAsync(page, "#luu");
        Assert.Contains("người khác", await page.EvaluateExpressionAsync<string>("document.getElementById('ban-tren-dia').innerText"), StringComparison.Ordinal);
        Assert.Contains("Bản của tôi.", await page.EvaluateExpressionAsync<string>("document.getElementById('noi-dung').value"), StringComparison.Ordinal);
        Assert.Equal(theirs, await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        await Browser.ScreenshotAsync(page, "bien-tap-xung-dot");

        await Browser.ClickAndWaitAsync(page, "#giu-ban-cua-toi");
        var mine = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.Contains("Bản của tôi.", mine, StringComparison.Ordinal);
        var versions = Directory.GetFiles(Path.Combine(site.DataRoot, "versions", "2026", "12", "lich-tiep-cong-dan"), "*.md");
        Assert.Contains(versions, v => File.ReadAllText(v).Contains("người khác", StringComparison.Ordinal));

        await Browser.ClickAndWaitAsync(page, "#phien-ban-cu");
        await Browser.ScreenshotAsync(page, "phien-ban-cu");
        var theirsVersion = Path.GetFileNameWithoutExtension(versions.Single(v => File.ReadAllText(v) == theirs));
        await Browser.ClickAndWaitAsync(page, $"tr[data-ban=\"{theirsVersion}\"] form button");
        Assert.Contains("Đã khôi phục", await page.EvaluateExpressionAsync<string>("document.querySelector('.bao').innerText"), StringComparison.Ordinal);
        Assert.Equal(theirs, await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        Assert.Contains(Directory.GetFiles(Path.Combine(site.DataRoot, "versions", "2026", "12", "lich-tiep-cong-dan"), "*.md"), v => File.ReadAllText(v) == mine);
        Assert.Contains("Khôi phục phiên bản bài viết", AuditActions(site));
    }

    private static List<string> AuditActions(ConsoleSite site) =>
        [.. File.ReadAllLines(Path.Combine(site.DataRoot, "audit.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => System.Text.Json.Nodes.JsonNode.Parse(l)?["action"]?.GetValue<string>() ?? string.Empty)];
}
