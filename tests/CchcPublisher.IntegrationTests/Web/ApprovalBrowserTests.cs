using System.Net;
using CchcPublisher.Approval;
using CchcPublisher.Ledger;
using CchcPublisher.Publishing;
using CchcPublisher.Queries;
using CchcPublisher.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPublisher.IntegrationTests.Web;

/// <summary>Approval in a real Chromium: an editor submits, the leadership approves, an edit sends it back.</summary>
public sealed class ApprovalBrowserTests
{
    private const string Id = "2026/12/duyet-thu";

    private static readonly DateTimeOffset NextMorning = new(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(7));

    private static string Article(string body) =>
        $"---\ntitle: Thông báo lịch tiêm chủng\ncategories: [mot-cua]\npublish_at: 2026-12-03T08:00\nchannels: [website]\n---\n{body}\n";

    /// <summary>The calendar items of the article in the week of 30 November, by state class ("scheduled", "published").</summary>
    private static Task<string[]> CalendarStatesAsync(PuppeteerSharp.IPage page) =>
        page.EvaluateExpressionAsync<string[]>(
            $"[...document.querySelectorAll('a.muc[href*=\"{Uri.EscapeDataString(Id)}\"]')].map(a => a.className.replace('muc', '').trim())");

    [Fact]
    public async Task Approval_SubmitApproveScheduledPublished_EditAfterApprovalWaitsAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var site = await ConsoleSite.StartAsync(approvalRequired: true);
        site.WriteArticle("2026/12/duyet-thu.md", Article("Trạm y tế xã **tiêm chủng** vào thứ Hai."));
        await using var browser = await Browser.LaunchAsync();

        // The editor submits it in the browser from "Chờ duyệt"…
        await using (var editorPage = await Browser.PageAsync(browser))
        {
            await Browser.SignInAsync(editorPage, site, ConsoleRoles.Editor);
            await editorPage.GoToAsync(new Uri(site.BaseAddress, "cho-duyet").ToString());
            Assert.Equal(0, await editorPage.EvaluateExpressionAsync<int>("document.querySelectorAll('form[action=\"/cho-duyet/duyet\"]').length"));
            await Browser.ClickAndWaitAsync(editorPage, $"tr[data-bai=\"{Id}\"] form[action=\"/cho-duyet/gui\"] button");
            Assert.Contains("chờ duyệt", await editorPage.EvaluateExpressionAsync<string>("document.querySelector('.bao').innerText"), StringComparison.Ordinal);
            Assert.Equal(1, await editorPage.EvaluateExpressionAsync<int>($"document.querySelectorAll('section[data-bai=\"{Id}\"]').length"));
        }

        // …and may not approve it, even by posting the form by hand.
        using var editor = await site.SignedInAsync(ConsoleRoles.Editor);
        var editorToken = await ConsoleSite.TokenAsync(editor, "cho-duyet");
        var hash = (await site.Services.GetRequiredService<ApprovalQueueQuery>().FindAsync(Id, ct))!.Article.ContentHash;
        using (var approve = new FormUrlEncodedContent(new Dictionary<string, string> { ["__chongia"] = editorToken, ["bai"] = Id, ["phien-ban"] = hash }))
        using (var refused = await editor.PostAsync(new Uri("cho-duyet/duyet", UriKind.Relative), approve, ct))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        // The leader sees it with its preview and approves in one click.
        await using var page = await Browser.PageAsync(browser);
        await Browser.SignInAsync(page, site, ConsoleRoles.Leader);
        await page.GoToAsync(new Uri(site.BaseAddress, "cho-duyet").ToString());
        var preview = await page.EvaluateExpressionAsync<string>($"document.querySelector('section[data-bai=\"{Id}\"] .xem-truoc').innerHTML");
        Assert.Contains("<strong>tiêm chủng</strong>", preview, StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "cho-duyet");
        await Browser.ClickAndWaitAsync(page, $"section[data-bai=\"{Id}\"] a[href^=\"/cho-duyet/xem-truoc\"]");
        Assert.Equal(["website", "zalo", "facebook", "radio"], await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('section.xt')].map(s => s.dataset.kenh)"));
        Assert.Contains("tiêm chủng", await page.EvaluateExpressionAsync<string>("document.querySelector('section[data-kenh=\"radio\"] .kich-ban').innerText"), StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "cho-duyet-bon-kenh");
        await page.GoToAsync(new Uri(site.BaseAddress, "cho-duyet").ToString());
        await Browser.ClickAndWaitAsync(page, $"section[data-bai=\"{Id}\"] form[action=\"/cho-duyet/duyet\"] button");
        Assert.Contains("đã duyệt", await page.EvaluateExpressionAsync<string>("document.querySelector('.bao').innerText"), StringComparison.Ordinal);

        // Scheduled in the calendar for tomorrow morning; published when the morning comes.
        await page.GoToAsync(new Uri(site.BaseAddress, "lich?tuan=2026-11-30").ToString());
        Assert.Equal(["scheduled"], await CalendarStatesAsync(page));
        site.Time.SetUtcNow(NextMorning);
        var runner = site.Services.GetRequiredService<PublishRunner>();
        var first = await runner.RunAsync(new PublishRequest(NextMorning), null, ct);
        Assert.Contains(first.Items, i => i.ArticleId == Id && i.Outcome == PublicationOutcome.Published);
        await Browser.SignInAsync(page, site, ConsoleRoles.Leader); // a day later: yesterday's session has expired
        await page.GoToAsync(new Uri(site.BaseAddress, "lich?tuan=2026-11-30").ToString());
        Assert.Equal(["published"], await CalendarStatesAsync(page));
        var published = await site.Services.GetRequiredService<ILedger>().FindAsync(Id, "website", ct);

        // Edited after approval: back to "chờ duyệt", and the run does not put the new text out.
        site.WriteArticle("2026/12/duyet-thu.md", Article("Trạm y tế xã tiêm chủng vào thứ Ba (đã sửa)."));
        var result = await runner.RunAsync(new PublishRequest(NextMorning), null, ct);

        Assert.Contains(result.Items, i => i.ArticleId == Id && i.Outcome == PublicationOutcome.Waiting &&
            i.Message!.Contains("sửa sau khi lãnh đạo duyệt", StringComparison.Ordinal));
        Assert.Equal(published!.PublishedHash, (await site.Services.GetRequiredService<ILedger>().FindAsync(Id, "website", ct))!.PublishedHash);
        var row = await site.Services.GetRequiredService<ApprovalQueueQuery>().FindAsync(Id, ct);
        Assert.Equal(ApprovalStatus.Submitted, row!.Status);
        Assert.True(row.EditedAfterApproval);
        await page.GoToAsync(new Uri(site.BaseAddress, "cho-duyet").ToString());
        Assert.Contains("đã sửa sau khi được duyệt", await page.EvaluateExpressionAsync<string>($"document.querySelector('section[data-bai=\"{Id}\"]').innerText"), StringComparison.Ordinal);

        // Approved again: the edit goes out.
        await Browser.ClickAndWaitAsync(page, $"section[data-bai=\"{Id}\"] form[action=\"/cho-duyet/duyet\"] button");
        var again = await runner.RunAsync(new PublishRequest(NextMorning), null, ct);
        Assert.Contains(again.Items, i => i.ArticleId == Id && i.Outcome == PublicationOutcome.Updated);
        Assert.NotEqual(published.PublishedHash, (await site.Services.GetRequiredService<ILedger>().FindAsync(Id, "website", ct))!.PublishedHash);
        var audit = await site.Services.GetRequiredService<AuditTrail>().LatestAsync(10, ct);
        Assert.Contains(audit, e => e.Action == "Duyệt bài" && e.Target == Id && e.Succeeded);
        Assert.Contains(audit, e => e.Action == "Gửi duyệt bài" && e.Target == Id);
    }
}
