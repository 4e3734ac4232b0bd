using CchcPublisher.Channels;
using CchcPublisher.Ledger;
using CchcPublisher.Queries;
using CchcPublisher.Web.Html;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CchcPublisher.Web.Pages;

/// <summary>"Kênh": the checks of <c>channels check</c>, and each channel's last error from the ledger.</summary>
internal static class ChannelsPage
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/kenh", async (HttpContext context, ChannelCheckQuery checks, LedgerListQuery ledger) =>
        {
            var zone = ConsolePage.Zone(context);
            var rows = await checks.RunAsync(context.RequestAborted);
            var body = new HtmlBuilder();
            body.Add($"<div class=\"bang\"><table><thead><tr><th>Kênh</th><th>Cách đăng</th><th>Tình trạng</th><th>Chi tiết</th><th>Lỗi gần nhất</th></tr></thead><tbody>");
            foreach (var row in rows)
            {
                var (failed, _) = await ledger.ListAsync(new LedgerFilter { Channel = row.Channel, State = PublicationState.Failed, Limit = 1 }, context.RequestAborted);
                var last = failed.Count > 0 ? HtmlBuilder.Of($"{ConsolePage.Local(failed[0].UpdatedAt, zone)}: {failed[0].LastError}") : HtmlBuilder.Of($"—");
                body.Add($"<tr class=\"{(row.Result.Ok ? "tt-published" : "tt-failed")}\"><td>{ChannelNames.Label(row.Channel)}</td><td>{row.Result.Mode}</td>");
                body.Add($"<td><span class=\"nhan\">{(row.Result.Ok ? "sẵn sàng" : "chưa sẵn sàng")}</span></td><td>{row.Result.Message}</td><td>{last}</td></tr>");
            }

            body.Add($"</tbody></table></div>");
            return ConsolePage.Render(context, "Kênh", body.ToHtml());
        });
}
