using CchcPublisher.Approval;
using CchcPublisher.Content.Editing;
using CchcPublisher.Preview;
using ArticleHtmlRenderer = CchcPublisher.Channels.Website.ArticleHtmlRenderer;
using CchcPublisher.Queries;
using CchcPublisher.Web.Html;
using CchcPublisher.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CchcPublisher.Web.Pages;

/// <summary>
/// "Chờ duyệt": articles waiting for the leadership, each with its website preview (sanitized as the site renders
/// it) and one-click approve / return forms; editors submit ("Gửi duyệt"). Every step is bound to the version shown.
/// </summary>
internal static class ApprovalPage
{
    /// <summary>The website's own renderer and sanitizer: the preview is what the site would publish.</summary>
    private static readonly ArticleHtmlRenderer Renderer = new();

    /// <summary>Articles not waiting shown below the waiting ones, unless all are asked for.</summary>
    public const int OthersShown = 100;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/cho-duyet", (HttpContext context, ApprovalQueueQuery query) => RenderAsync(context, query, null, null));
        app.MapGet("/cho-duyet/xem-truoc", async (HttpContext context, ApprovalQueueQuery query, DraftChecker checker, ArticlePreview preview) =>
        {
            var id = context.Request.Query["bai"].ToString();
            var row = await query.FindAsync(id, context.RequestAborted);
            if (row is null)
            {
                return ConsolePage.Render(context, "Xem trước", ConsolePage.Notice(null, $"Không có bài \"{id}\"."), StatusCodes.Status404NotFound);
            }

            var article = row.Article;
            var text = await File.ReadAllTextAsync(article.SourcePath, context.RequestAborted);
            var check = await checker.CheckAsync(article.RelativePath, text, context.RequestAborted);
            var result = preview.Render(article, check.Taxonomy, image => EditorPage.ImageUrl(article.RelativePath, image));
            var body = new HtmlBuilder();
            body.Add($"<link rel=\"stylesheet\" href=\"/tai-nguyen/bien-tap.css\"><p><a href=\"/cho-duyet\">← Chờ duyệt</a></p>");
            body.Add($"<h2>{article.Title}</h2><p class=\"nho\">{article.Id} · {ApprovalStatusText.Label(row.Status)}{(row.EditedAfterApproval ? " · đã sửa sau khi được duyệt" : string.Empty)}</p>");
            body.Add(PreviewView.Render(article, result, check, article.RelativePath));
            if (row.Status == ApprovalStatus.Submitted && ConsolePage.Can(context, ConsoleRoles.ApproveRoles))
            {
                var fields = HtmlBuilder.Of($"{ConsolePage.Hidden("bai", article.Id)}{ConsolePage.Hidden("phien-ban", article.ContentHash)}");
                body.Add($"<div class=\"thao-tac\">");
                body.Add(ConsolePage.Form(context, "/cho-duyet/duyet", fields, "Duyệt"));
                body.Add(ConsolePage.Form(context, "/cho-duyet/tra-lai",
                    HtmlBuilder.Of($"{fields}<label>Ý kiến <textarea name=\"y-kien\" required rows=\"2\"></textarea></label>"), "Trả lại", "nut-phu"));
                body.Add($"</div>");
            }

            return ConsolePage.Render(context, "Xem trước trên bốn kênh", body.ToHtml());
        });

        app.MapPost("/cho-duyet/gui", (HttpContext context, IFormCollection form, ApprovalService service, ApprovalQueueQuery query) =>
            ActAsync(context, form, service, query, ApprovalStatus.Submitted, "Gửi duyệt bài"))
            .RequireAuthorization(ConsoleRoles.EditPolicy);
        app.MapPost("/cho-duyet/duyet", (HttpContext context, IFormCollection form, ApprovalService service, ApprovalQueueQuery query) =>
            ActAsync(context, form, service, query, ApprovalStatus.Approved, "Duyệt bài"))
            .RequireAuthorization(ConsoleRoles.ApprovePolicy);
        app.MapPost("/cho-duyet/tra-lai", (HttpContext context, IFormCollection form, ApprovalService service, ApprovalQueueQuery query) =>
            ActAsync(context, form, service, query, ApprovalStatus.Returned, "Trả lại bài"))
            .RequireAuthorization(ConsoleRoles.ApprovePolicy);
    }

    private static async Task<IResult> ActAsync(
        HttpContext context, IFormCollection form, ApprovalService service, ApprovalQueueQuery query, ApprovalStatus status, string action)
    {
        var article = form["bai"].ToString();
        var (name, _) = WebConsoleApp.Who(context.User);
        var result = await service.RecordAsync(article, status, name, form["y-kien"].ToString(), context.RequestAborted, form["phien-ban"].ToString());
        await ConsolePage.AuditAsync(context, action, article, result.Error is null, result.Error ?? result.Event?.Comment);
        var done = result.Event is { } recorded ? $"\"{result.Title}\": {ApprovalStatusText.Label(recorded.Status)}." : null;
        return await RenderAsync(context, query, done, result.Error);
    }

    private static async Task<IResult> RenderAsync(HttpContext context, ApprovalQueueQuery query, string? done, string? error)
    {
        var zone = ConsolePage.Zone(context);
        var view = await query.GetAsync(context.RequestAborted);
        var canApprove = ConsolePage.Can(context, ConsoleRoles.ApproveRoles);
        var canSubmit = ConsolePage.Can(context, ConsoleRoles.EditRoles);
        var body = new HtmlBuilder();
        body.Add(ConsolePage.Notice(done, error));
        body.Add(view.Required
            ? HtmlBuilder.Of($"<p class=\"nho\">Xã yêu cầu lãnh đạo duyệt: chỉ bản đã duyệt mới được đăng; sửa bài sau khi duyệt thì phải duyệt lại.</p>")
            : HtmlBuilder.Of($"<p class=\"nho\">Xã chưa bật yêu cầu duyệt (Approval:Required): bài vẫn được đăng khi chưa duyệt.</p>"));

        var waiting = view.Rows.Where(r => r.Status == ApprovalStatus.Submitted).ToList();
        body.Add($"<h2>Chờ duyệt ({waiting.Count})</h2>");
        if (waiting.Count == 0)
        {
            body.Add($"<p>Không có bài nào chờ duyệt.</p>");
        }

        foreach (var row in waiting)
        {
            var article = row.Article;
            var fields = HtmlBuilder.Of($"{ConsolePage.Hidden("bai", article.Id)}{ConsolePage.Hidden("phien-ban", article.ContentHash)}");
            body.Add($"<section class=\"duyet\" data-bai=\"{article.Id}\"><h3>{article.Title}</h3>");
            body.Add($"<p class=\"nho\">{article.Id} · {Who(row, zone)}{(row.EditedAfterApproval ? " · đã sửa sau khi được duyệt" : string.Empty)}</p>");
            body.Add($"<details open><summary>Xem trước trên trang thông tin điện tử</summary><article class=\"xem-truoc\">");
            body.Add(new HtmlText(Renderer.Render(article.Document)));
            body.Add($"</article></details>");
            body.Add($"<p><a class=\"nut-phu\" href=\"/cho-duyet/xem-truoc?bai={Uri.EscapeDataString(article.Id)}\">Xem trước trên cả bốn kênh (Zalo, Facebook, loa truyền thanh, nghe thử)</a></p>");
            if (canApprove)
            {
                body.Add($"<div class=\"thao-tac\">");
                body.Add(ConsolePage.Form(context, "/cho-duyet/duyet", fields, "Duyệt"));
                body.Add(ConsolePage.Form(context, "/cho-duyet/tra-lai",
                    HtmlBuilder.Of($"{fields}<label>Ý kiến <textarea name=\"y-kien\" required rows=\"2\"></textarea></label>"), "Trả lại", "nut-phu"));
                body.Add($"</div>");
            }

            body.Add($"</section>");
        }

        body.Add($"<h2>Các bài khác</h2><div class=\"bang\"><table class=\"duyet-bang\"><thead><tr><th>Bài</th><th>Trạng thái</th><th>Người, lúc</th><th>Ý kiến</th>");
        body.Add(canSubmit ? HtmlBuilder.Of($"<th></th>") : HtmlText.Empty);
        body.Add($"</tr></thead><tbody>");
        var others = view.Rows.Where(r => r.Status != ApprovalStatus.Submitted).ToList();
        var all = context.Request.Query["tat-ca"] == "1";
        foreach (var row in all ? others : others.Take(OthersShown))
        {
            var article = row.Article;
            body.Add($"<tr data-bai=\"{article.Id}\"><td><strong>{article.Title}</strong><br><span class=\"nho\">{article.Id}</span></td>");
            body.Add($"<td>{ApprovalStatusText.Label(row.Status)}</td><td>{Who(row, zone)}</td><td>{row.Latest?.Comment ?? string.Empty}</td>");
            if (canSubmit)
            {
                body.Add($"<td>");
                if (row.Status != ApprovalStatus.Approved)
                {
                    body.Add(ConsolePage.Form(context, "/cho-duyet/gui",
                        HtmlBuilder.Of($"{ConsolePage.Hidden("bai", article.Id)}{ConsolePage.Hidden("phien-ban", article.ContentHash)}"), "Gửi duyệt", "nut-phu"));
                }

                body.Add($"</td>");
            }

            body.Add($"</tr>");
        }

        body.Add($"</tbody></table></div>");
        if (!all && others.Count > OthersShown)
        {
            body.Add($"<p class=\"nho\">… và {others.Count - OthersShown} bài khác. <a href=\"/cho-duyet?tat-ca=1\">Xem tất cả</a> hoặc tìm bài ở trang <a href=\"/bai-viet\">Bài viết</a>.</p>");
        }

        return ConsolePage.Render(context, "Chờ duyệt", body.ToHtml());
    }

    private static string Who(ApprovalRow row, TimeZoneInfo zone) =>
        row.Latest is { } last ? $"{ApprovalStatusText.Label(last.Status)} bởi {last.Actor}, {ConsolePage.Local(last.At, zone)}" : "chưa gửi duyệt";
}
