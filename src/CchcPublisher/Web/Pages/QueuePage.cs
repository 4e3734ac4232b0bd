using CchcPublisher.Channels;
using CchcPublisher.Publishing;
using CchcPublisher.Queries;
using CchcPublisher.Web.Html;
using CchcPublisher.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CchcPublisher.Web.Pages;

/// <summary>"Hàng đợi": the column queue in order with its slots; editors move an article up or down (written to <c>content/hang-doi.txt</c>).</summary>
internal static class QueuePage
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/hang-doi", (HttpContext context, QueueQuery query) => RenderAsync(context, query, null, null));

        app.MapPost("/hang-doi/doi-cho", async (HttpContext context, IFormCollection form, QueueReorder reorder, QueueQuery query) =>
        {
            var article = form["bai"].ToString();
            var up = form["huong"].ToString() == "len";
            var error = await reorder.MoveAsync(article, up ? -1 : 1, context.RequestAborted);
            await ConsolePage.AuditAsync(context, up ? "Đưa bài lên trong hàng đợi" : "Đưa bài xuống trong hàng đợi", article, error is null, error);
            return await RenderAsync(context, query, error is null ? "Đã đổi thứ tự hàng đợi (lưu trong content/hang-doi.txt)." : null, error);
        }).RequireAuthorization(ConsoleRoles.EditPolicy);
    }

    /// <summary>Rows shown per column unless the whole queue is asked for (a first import queues thousands).</summary>
    public const int RowsShown = 100;

    private static async Task<IResult> RenderAsync(HttpContext context, QueueQuery query, string? done, string? error)
    {
        var zone = ConsolePage.Zone(context);
        var view = await query.GetAsync(context.RequestAborted);
        var canEdit = ConsolePage.Can(context, ConsoleRoles.EditRoles);
        var all = context.Request.Query["tat-ca"] == "1";
        var body = new HtmlBuilder();
        body.Add(ConsolePage.Notice(done, error));
        if (view.Drafts > 0 || view.BrokenFiles > 0)
        {
            body.Add($"<p class=\"nho\">Không có trong hàng đợi: {view.Drafts} bản nháp, {view.BrokenFiles} tệp có lỗi (xem lệnh validate).</p>");
        }

        foreach (var group in view.Rows.GroupBy(r => r.ColumnName ?? string.Empty).OrderBy(g => g.Key.Length == 0 ? 0 : 1))
        {
            var column = group.Key.Length > 0;
            body.Add($"<h2>{(column ? group.Key : "Bài có giờ đăng riêng")}</h2>");
            body.Add($"<div class=\"bang\"><table class=\"hang-doi\"><thead><tr><th>#</th><th>Lượt đăng</th><th>Bài</th><th>Kênh</th>{(canEdit && column ? HtmlBuilder.Of($"<th>Thứ tự</th>") : HtmlText.Empty)}</tr></thead><tbody>");
            var rows = group.ToList();
            var shown = all ? rows.Count : Math.Min(rows.Count, RowsShown);
            for (var i = 0; i < shown; i++)
            {
                var row = rows[i];
                var title = row.First.Article?.Title ?? row.First.ArticleId;
                var slot = row.First.DueAt is { } due ? Cli.CliFormat.LocalWithDay(due, zone) : "—";
                body.Add($"<tr data-bai=\"{row.First.ArticleId}\"><td>{i + 1}</td><td>{slot}</td><td><strong>{title}</strong><br><span class=\"nho\">{row.First.ArticleId}</span></td>");
                body.Add($"<td>{string.Join(", ", row.Channels.Select(ChannelNames.Label))}</td>");
                if (canEdit && column)
                {
                    var key = ConsolePage.Hidden("bai", row.First.ArticleId);
                    body.Add($"<td class=\"thu-tu\">");
                    if (i > 0)
                    {
                        body.Add(ConsolePage.Form(context, "/hang-doi/doi-cho", HtmlBuilder.Of($"{key}{ConsolePage.Hidden("huong", "len")}"), "▲ Lên", "nut-phu"));
                    }

                    if (i < rows.Count - 1)
                    {
                        body.Add(ConsolePage.Form(context, "/hang-doi/doi-cho", HtmlBuilder.Of($"{key}{ConsolePage.Hidden("huong", "xuong")}"), "▼ Xuống", "nut-phu"));
                    }

                    body.Add($"</td>");
                }

                body.Add($"</tr>");
            }

            body.Add($"</tbody></table></div>");
            if (shown < rows.Count)
            {
                body.Add($"<p class=\"nho\">… và {rows.Count - shown} lượt đăng sau đó. <a href=\"/hang-doi?tat-ca=1\">Xem tất cả</a></p>");
            }
        }

        if (view.Rows.Count == 0)
        {
            body.Add($"<p>Hàng đợi trống: không có bài nào chờ đăng.</p>");
        }

        return ConsolePage.Render(context, "Hàng đợi", body.ToHtml());
    }
}
