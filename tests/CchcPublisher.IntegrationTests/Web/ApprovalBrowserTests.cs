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

    private static string Article(string body) =>
        $"---\ntitle: Thông báo lịch tiêm chủng\ncategories: [mot-cua]\npublish_at: 2026-12-02T08:00\nchannels: [website]\n---\n{body}\n";

    [Fact]
    public async Task Approval_EditorSubmitsLeaderApprovesEditorRefused_EditAfterApprovalWaitsAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var site = await ConsoleSite.StartAsync(approvalRequired: true);
        site.WriteArticle("2026/12/duyet-thu.md", Article("Trạm y tế xã **tiêm chủng** vào thứ Hai."));

        // The editor submits (a plain form post, as the browser would) and may not approve.
        using var editor = await site.SignedInAsync(ConsoleRoles.Editor);
        var editorToken = await ConsoleSite.TokenAsync(editor, "cho-duyet");
        var hash = (await site.Services.GetRequiredService<ApprovalQueueQuery>().FindAsync(Id, ct))!.Article.ContentHash;
        using (var submit = new FormUrlEncodedContent(new Dictionary<string, string> { ["__chongia"] = editorToken, ["bai"] = Id, ["phien-ban"] = hash }))
        using (var response = await editor.PostAsync(new Uri("cho-duyet/gui", UriKind.Relative), submit, ct))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using (var approve = new FormUrlEncodedContent(new Dictionary<string, string> { ["__chongia"] = editorToken, ["bai"] = Id, ["phien-ban"] = hash }))
        using (var refused = await editor.PostAsync(new Uri("cho-duyet/duyet", UriKind.Relative), approve, ct))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        // The leader sees it with its preview and approves in one click.
        await using var browser = await Browser.LaunchAsync();
        await using var page = await Browser.PageAsync(browser);
        await Browser.SignInAsync(page, site, ConsoleRoles.Leader);
        await page.GoToAsync(new Uri(site.BaseAddress, "cho-duyet").ToString());
        var preview = await page.EvaluateExpressionAsync<string>($"document.querySelector('section[data-bai=\"{Id}\"] .xem-truoc').innerHTML");
        Assert.Contains("<strong>tiêm chủng</strong>", preview, StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "cho-duyet");
        await Browser.ClickAndWaitAsync(page, $"section[data-bai=\"{Id}\"] form[action=\"/cho-duyet/duyet\"] button");
        Assert.Contains("đã duyệt", await page.EvaluateExpressionAsync<string>("document.querySelector('.bao').innerText"), StringComparison.Ordinal);

        // Edited after approval: back to "chờ duyệt", and the run does not publish it.
        site.WriteArticle("2026/12/duyet-thu.md", Article("Trạm y tế xã tiêm chủng vào thứ Ba (đã sửa)."));
        var runner = site.Services.GetRequiredService<PublishRunner>();
        var result = await runner.RunAsync(new PublishRequest(ConsoleSite.Now), null, ct);

        Assert.Contains(result.Items, i => i.ArticleId == Id && i.Outcome == PublicationOutcome.Waiting &&
            i.Message!.Contains("sửa sau khi lãnh đạo duyệt", StringComparison.Ordinal));
        Assert.Null(await site.Services.GetRequiredService<ILedger>().FindAsync(Id, "website", ct));
        var row = await site.Services.GetRequiredService<ApprovalQueueQuery>().FindAsync(Id, ct);
        Assert.Equal(ApprovalStatus.Submitted, row!.Status);
        Assert.True(row.EditedAfterApproval);
        await page.GoToAsync(new Uri(site.BaseAddress, "cho-duyet").ToString());
        Assert.Contains("đã sửa sau khi được duyệt", await page.EvaluateExpressionAsync<string>($"document.querySelector('section[data-bai=\"{Id}\"]').innerText"), StringComparison.Ordinal);

        // Approved again: published.
        await Browser.ClickAndWaitAsync(page, $"section[data-bai=\"{Id}\"] form[action=\"/cho-duyet/duyet\"] button");
        var again = await runner.RunAsync(new PublishRequest(ConsoleSite.Now), null, ct);
        Assert.Contains(again.Items, i => i.ArticleId == Id && i.Outcome == PublicationOutcome.Published);
        var audit = await site.Services.GetRequiredService<AuditTrail>().LatestAsync(10, ct);
        Assert.Contains(audit, e => e.Action == "Duyệt bài" && e.Target == Id && e.Succeeded);
        Assert.Contains(audit, e => e.Action == "Gửi duyệt bài" && e.Target == Id);
    }
}
