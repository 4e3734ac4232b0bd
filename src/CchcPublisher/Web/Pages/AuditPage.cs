using CchcPublisher.Web.Html;
using CchcPublisher.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CchcPublisher.Web.Pages;

/// <summary>"Nhật ký": who did what in the console, and when (leaders and administrators).</summary>
internal static class AuditPage
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/nhat-ky", async (HttpContext context, AuditTrail audit) =>
        {
            var zone = ConsolePage.Zone(context);
            var entries = await audit.LatestAsync(300, context.RequestAborted);
            var body = new HtmlBuilder();
            body.Add($"<div class=\"bang\"><table><thead><tr><th>Thời gian</th><th>Người dùng</th><th>Việc</th><th>Đối tượng</th><th>Kết quả</th></tr></thead><tbody>");
            foreach (var entry in entries)
            {
                body.Add($"<tr><td>{ConsolePage.Local(entry.At, zone)}</td><td>{entry.User} ({ConsoleRoles.Label(entry.Role)})</td><td>{entry.Action}</td><td>{entry.Target}</td>");
                body.Add($"<td>{(entry.Succeeded ? "Xong" : "Không thực hiện")}{(entry.Detail is null ? "" : ": " + entry.Detail)}</td></tr>");
            }

            body.Add($"</tbody></table></div>");
            if (entries.Count == 0)
            {
                body.Add($"<p>Chưa có thao tác nào.</p>");
            }

            return ConsolePage.Render(context, "Nhật ký thao tác", body.ToHtml());
        }).RequireAuthorization(ConsoleRoles.AuditPolicy);
}
