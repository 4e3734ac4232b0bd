using System.Net;
using CchcPublisher.Ledger;
using CchcPublisher.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPublisher.IntegrationTests.Web;

/// <summary>The console over HTTP without a browser: sign-in, roles, antiforgery, headers, throttling.</summary>
public sealed class ConsoleSecurityTests
{
    [Fact]
    public async Task Pages_Anonymous_RedirectToLogin()
    {
        await using var site = await ConsoleSite.StartAsync();
        using var client = site.Client(out _);
        foreach (var path in new[] { "", "hang-doi", "so-theo-doi", "nhat-ky" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/dang-nhap", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Login_WrongPassword_Refused()
    {
        await using var site = await ConsoleSite.StartAsync();
        using var client = site.Client(out var cookies);
        var token = await ConsoleSite.TokenAsync(client, "dang-nhap");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__chongia"] = token, ["ten"] = "bientapvien", ["mat-khau"] = "sai-mat-khau-roi" });
        using var response = await client.PostAsync(new Uri("dang-nhap", UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("không đúng", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain(cookies.GetCookies(site.BaseAddress).Cast<Cookie>(), c => c.Name == "cchc.phien");
    }

    [Fact]
    public async Task Login_TooManyAttempts_Throttled()
    {
        await using var site = await ConsoleSite.StartAsync(loginAttemptsPerMinute: 2);
        using var client = site.Client(out _);
        var token = await ConsoleSite.TokenAsync(client, "dang-nhap");
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__chongia"] = token, ["ten"] = "quantri", ["mat-khau"] = "sai-" + i });
            using var response = await client.PostAsync(new Uri("dang-nhap", UriKind.Relative), form, TestContext.Current.CancellationToken);
            codes.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], codes);
    }

    [Fact]
    public async Task Login_SessionCookie_HttpOnlyAndSameSiteStrict()
    {
        await using var site = await ConsoleSite.StartAsync();
        using var client = site.Client(out _);
        var token = await ConsoleSite.TokenAsync(client, "dang-nhap");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__chongia"] = token, ["ten"] = "lanhdao", ["mat-khau"] = ConsoleSite.Password });
        using var response = await client.PostAsync(new Uri("dang-nhap", UriKind.Relative), form, TestContext.Current.CancellationToken);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cchc.phien=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Pages_SecurityHeaders_Present()
    {
        await using var site = await ConsoleSite.StartAsync();
        using var client = await site.SignedInAsync(ConsoleRoles.Leader);
        using var response = await client.GetAsync(new Uri("so-theo-doi", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
        // Never cached, and set as antiforgery sets it on a page with a form, so that it logs no English warning.
        Assert.True(response.Headers.CacheControl is { NoStore: true, NoCache: true }, response.Headers.CacheControl?.ToString());
        Assert.Equal("no-cache", response.Headers.Pragma.Single().Name);
    }

    [Theory]
    [InlineData(ConsoleRoles.Leader, "hang-doi/doi-cho")]
    [InlineData(ConsoleRoles.Radio, "hang-doi/doi-cho")]
    [InlineData(ConsoleRoles.Leader, "so-theo-doi/xac-nhan")]
    [InlineData(ConsoleRoles.Radio, "so-theo-doi/dang-lai")]
    [InlineData(ConsoleRoles.Radio, "so-theo-doi/doi-chieu")]
    [InlineData(ConsoleRoles.Radio, "so-theo-doi/go-bai")]
    [InlineData(ConsoleRoles.Leader, "so-theo-doi/go-bai")]
    public async Task Actions_WrongRole_Forbidden(string role, string action)
    {
        await using var site = await ConsoleSite.StartAsync();
        using var client = await site.SignedInAsync(role);
        var before = File.Exists(Path.Combine(site.ContentRoot, "hang-doi.txt"));
        var token = await ConsoleSite.TokenAsync(client, "hang-doi");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__chongia"] = token, ["bai"] = "duong-day-nong", ["huong"] = "len", ["kenh"] = "zalo", ["lien-ket"] = "https://zalo.me/x",
        });
        using var response = await client.PostAsync(new Uri(action, UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, File.Exists(Path.Combine(site.ContentRoot, "hang-doi.txt")));
    }

    [Theory]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task PlanReport_Leader_DownloadsOfficeFile(string format, string contentType)
    {
        await using var site = await ConsoleSite.StartAsync();
        using var client = await site.SignedInAsync(ConsoleRoles.Leader);
        using var response = await client.GetAsync(new Uri($"ke-hoach/bao-cao?ky=quarter&dang={format}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
        Assert.EndsWith($".{format}", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ConsoleRoles.Leader)]
    [InlineData(ConsoleRoles.Editor)]
    public async Task RadioConfirm_NotRadioRole_Forbidden(string role)
    {
        await using var site = await ConsoleSite.StartAsync();
        using var client = await site.SignedInAsync(role);
        var token = await ConsoleSite.TokenAsync(client, "hang-doi");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__chongia"] = token, ["ngay"] = "2026-12-02", ["khung"] = "sang", ["tin"] = "x" });
        using var response = await client.PostAsync(new Uri("dai-truyen-thanh/xac-nhan", UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.Equal(role == ConsoleRoles.Editor ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RadioFile_PathOutsideProgramFolder_NotFound()
    {
        await using var site = await ConsoleSite.StartAsync();
        File.WriteAllText(Path.Combine(site.DataRoot, "bi-mat.txt"), "x");
        using var client = await site.SignedInAsync(ConsoleRoles.Radio);
        foreach (var name in new[] { "..%2Fbi-mat.txt", "..%2F..%2Fdata%2Fusers.json", "users.json" })
        {
            using var response = await client.GetAsync(new Uri($"dai-truyen-thanh/tep/{name}", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Audit_Editor_Forbidden()
    {
        await using var site = await ConsoleSite.StartAsync();
        using var client = await site.SignedInAsync(ConsoleRoles.Editor);
        using var response = await client.GetAsync(new Uri("nhat-ky", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Reorder_WithoutAntiforgeryToken_BadRequestAndNothingWritten()
    {
        await using var site = await ConsoleSite.StartAsync();
        using var client = await site.SignedInAsync(ConsoleRoles.Editor);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["bai"] = "duong-day-nong", ["huong"] = "len" });
        using var response = await client.PostAsync(new Uri("hang-doi/doi-cho", UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(site.ContentRoot, "hang-doi.txt")));
    }

    [Fact]
    public async Task Reorder_Editor_WritesOrderFileAndAudit()
    {
        await using var site = await ConsoleSite.StartAsync();
        using var client = await site.SignedInAsync(ConsoleRoles.Editor);
        var token = await ConsoleSite.TokenAsync(client, "hang-doi");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__chongia"] = token, ["bai"] = "duong-day-nong", ["huong"] = "len" });
        using var response = await client.PostAsync(new Uri("hang-doi/doi-cho", UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var order = Content.QueueOrderFile.Read(site.ContentRoot);
        Assert.Equal("duong-day-nong", order[0]);
        var audit = await site.Services.GetRequiredService<AuditTrail>().LatestAsync(10, TestContext.Current.CancellationToken);
        Assert.Contains(audit, e => e.User == "bientapvien" && e.Target == "duong-day-nong" && e.Succeeded);
    }

    [Fact]
    public async Task ConfirmManualPost_Editor_LedgerPublishedWithLink()
    {
        await using var site = await ConsoleSite.StartAsync();
        var ledger = site.Services.GetRequiredService<ILedger>();
        var waiting = (await ledger.ListAsync(new LedgerQuery { Channel = "zalo", States = [PublicationState.AwaitingManual] }, TestContext.Current.CancellationToken))[0];
        using var client = await site.SignedInAsync(ConsoleRoles.Editor);
        var token = await ConsoleSite.TokenAsync(client, "so-theo-doi");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__chongia"] = token, ["bai"] = waiting.ArticleId, ["kenh"] = "zalo", ["lien-ket"] = "https://zalo.me/bai-da-dang",
        });
        using var response = await client.PostAsync(new Uri("so-theo-doi/xac-nhan", UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = await ledger.FindAsync(waiting.ArticleId, "zalo", TestContext.Current.CancellationToken);
        Assert.Equal(PublicationState.Published, entry!.State);
        Assert.Equal("https://zalo.me/bai-da-dang", entry.RemoteUrl);
        Assert.Equal(site.Time.GetUtcNow(), entry.PublishedAt);
    }

    [Fact]
    public async Task Withdraw_Editor_PageRemovedLedgerWithdrawnAndAudited()
    {
        await using var site = await ConsoleSite.StartAsync();
        var ledger = site.Services.GetRequiredService<ILedger>();
        var entry = await ledger.FindAsync("2026/12/lich-tiep-cong-dan", "website", TestContext.Current.CancellationToken);
        Assert.Equal(PublicationState.Published, entry!.State);
        var pages = Directory.GetFiles(Path.Combine(site.DataRoot, "site"), "lich-tiep-cong-dan*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        using var client = await site.SignedInAsync(ConsoleRoles.Editor);
        var list = await client.GetStringAsync(new Uri("so-theo-doi?tim=lich-tiep", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("/so-theo-doi/go-bai", list, StringComparison.Ordinal);

        var token = await ConsoleSite.TokenAsync(client, "so-theo-doi");
        using (var unconfirmed = new FormUrlEncodedContent(new Dictionary<string, string> { ["__chongia"] = token, ["bai"] = entry.ArticleId, ["kenh"] = "website" }))
        using (var response = await client.PostAsync(new Uri("so-theo-doi/go-bai", UriKind.Relative), unconfirmed, TestContext.Current.CancellationToken))
        {
            Assert.Contains("ô xác nhận", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.Equal(PublicationState.Published, (await ledger.FindAsync(entry.ArticleId, "website", TestContext.Current.CancellationToken))!.State);
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__chongia"] = token, ["bai"] = entry.ArticleId, ["kenh"] = "website", ["chac-chan"] = "co" });
        using var done = await client.PostAsync(new Uri("so-theo-doi/go-bai", UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(PublicationState.Withdrawn, (await ledger.FindAsync(entry.ArticleId, "website", TestContext.Current.CancellationToken))!.State);
        Assert.All(pages, p => Assert.False(File.Exists(p), p));
        Assert.NotEqual(PublicationState.Withdrawn, (await ledger.FindAsync(entry.ArticleId, "facebook", TestContext.Current.CancellationToken))!.State);
        var audit = await site.Services.GetRequiredService<AuditTrail>().LatestAsync(5, TestContext.Current.CancellationToken);
        Assert.Contains(audit, e => e.User == "bientapvien" && e.Action == "Gỡ bài" && e.Succeeded);
    }

    [Fact]
    public async Task Overview_ReportDueWithinTwoWeeks_ListedWithItsDueDate()
    {
        await using var site = await ConsoleSite.StartAsync(s =>
        {
            var plan = Path.Combine(s.ContentRoot, "plan", "2026-6-thang-cuoi.yaml");
            File.AppendAllText(plan, "\nreporting:\n  - { report: Báo cáo kết quả tuyên truyền CCHC, to: [UBND xã, Phòng Nội vụ], when: \"Định kỳ hàng quý, 6 tháng, một năm\" }\n");
        });
        using var client = await site.SignedInAsync(ConsoleRoles.Leader);

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        // 2 December 2026: the statutory Quý IV ends on 14/12, the report is due the day after (Plan:ReportDueAfterPeriodEnd).
        Assert.Contains("Báo cáo sắp đến hạn", html, StringComparison.Ordinal);
        Assert.Contains("Báo cáo kết quả tuyên truyền CCHC", html, StringComparison.Ordinal);
        Assert.Contains("15/12/2026 (còn 13 ngày)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_NoReportingDuties_NoReportSection()
    {
        await using var site = await ConsoleSite.StartAsync();
        using var client = await site.SignedInAsync(ConsoleRoles.Leader);

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.DoesNotContain("Báo cáo sắp đến hạn", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasteReady_TextWithHashtagsAndCopyButton_ThenPostedInAZaloGroupIsRecorded()
    {
        await using var site = await ConsoleSite.StartAsync();
        using var client = await site.SignedInAsync(ConsoleRoles.Editor);
        var ledgerPage = await client.GetStringAsync(new Uri("so-theo-doi?tim=lich-tiep", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("/dan-san?bai=2026%2F12%2Flich-tiep-cong-dan", ledgerPage, StringComparison.Ordinal);

        var page = await client.GetStringAsync(new Uri("dan-san?bai=2026%2F12%2Flich-tiep-cong-dan", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("<textarea id=\"van-ban\" readonly", page, StringComparison.Ordinal);
        Assert.Contains("Lịch tiếp công dân tháng 12\n\nChủ tịch UBND xã tiếp công dân", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("#", page[page.IndexOf("<textarea", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("data-chep=\"van-ban\"", page, StringComparison.Ordinal);
        Assert.Contains("/tai-nguyen/sao-chep.js", page, StringComparison.Ordinal);
        using (var script = await client.GetAsync(new Uri("tai-nguyen/sao-chep.js", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        }

        var token = await ConsoleSite.TokenAsync(client, "dan-san?bai=2026%2F12%2Flich-tiep-cong-dan");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__chongia"] = token, ["bai"] = "2026/12/lich-tiep-cong-dan", ["noi-dang"] = "zalo-nhom", ["lien-ket"] = "https://zalo.me/g/thon-dong/123",
        });
        using var posted = await client.PostAsync(new Uri("dan-san/da-dang", UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Đã ghi nhận bài đăng trên Nhóm Zalo", await posted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var activity = Assert.Single(Directory.GetFiles(Path.Combine(site.ContentRoot, "activities"), "*.yaml", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains("https://zalo.me/g/thon-dong/123", StringComparison.Ordinal));
        Assert.Contains("zalo-nhom", await File.ReadAllTextAsync(activity, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasteReady_RadioRole_CannotRecordAPost()
    {
        await using var site = await ConsoleSite.StartAsync();
        using var client = await site.SignedInAsync(ConsoleRoles.Radio);
        var token = await ConsoleSite.TokenAsync(client, "dan-san?bai=2026%2F12%2Flich-tiep-cong-dan");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__chongia"] = token, ["bai"] = "2026/12/lich-tiep-cong-dan", ["noi-dang"] = "zalo-nhom", ["lien-ket"] = "https://zalo.me/g/x",
        });

        using var response = await client.PostAsync(new Uri("dan-san/da-dang", UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
