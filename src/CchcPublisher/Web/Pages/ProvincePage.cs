using System.Globalization;
using CchcPublisher.Queries;
using CchcPublisher.Web.Html;
using CchcPublisher.Web.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CchcPublisher.Web.Pages;

/// <summary>
/// "Toàn tỉnh" (province console only, province users only): every commune's plan progress, who is behind,
/// failures and items waiting, sortable by each column; a commune's name opens its own pages.
/// </summary>
internal static class ProvincePage
{
    private static readonly (string Key, ProvinceSort Sort, string Label)[] Columns =
    [
        ("ten", ProvinceSort.Name, "Xã, phường"),
        ("tien-do", ProvinceSort.Progress, "Tiến độ kế hoạch"),
        ("cham", ProvinceSort.Behind, "Chỉ tiêu chậm"),
        ("loi", ProvinceSort.Failures, "Lỗi, chưa rõ"),
        ("cho", ProvinceSort.Waiting, "Chờ xử lý"),
    ];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(CommuneSelection.ProvincePath, async (HttpContext context, ProvinceOverviewQuery query) =>
        {
            if (CommuneSelection.OwnCommune(context.User) is not null)
            {
                await ConsolePage.WriteForbiddenAsync(context);
                return Results.Empty;
            }

            var key = context.Request.Query["sap"].ToString();
            var column = Columns.FirstOrDefault(c => c.Key == key);
            column = column.Key is null ? Columns[1] : column;
            var descending = context.Request.Query["giam"] == "1";
            var rows = await query.GetAsync(column.Sort, descending, context.RequestAborted);

            var body = new HtmlBuilder();
            var behind = rows.Count(r => r.Behind);
            var problems = rows.Count(r => r.Problem is not null);
            body.Add($"<p>{rows.Count} xã, phường; {behind} đang chậm so với kế hoạch; {rows.Sum(r => r.Failures)} lần đăng lỗi hoặc chưa rõ; {rows.Sum(r => r.Waiting)} việc chờ người xử lý.</p>");
            if (problems > 0)
            {
                body.Add($"<p class=\"bao loi\">{problems} xã không đọc được (xem cột cuối).</p>");
            }

            body.Add($"<div class=\"bang\"><table class=\"tinh\"><thead><tr>");
            foreach (var (k, _, label) in Columns)
            {
                var active = k == column.Key;
                var nextDescending = active ? !descending : k != "ten";
                var arrow = active ? (descending ? " ▼" : " ▲") : string.Empty;
                var href = $"{CommuneSelection.ProvincePath}?sap={k}&giam={(nextDescending ? "1" : "0")}";
                body.Add(active
                    ? HtmlBuilder.Of($"<th aria-sort=\"{(descending ? "descending" : "ascending")}\"><a href=\"{href}\">{label}{arrow}</a></th>")
                    : HtmlBuilder.Of($"<th><a href=\"{href}\">{label}</a></th>"));
            }

            body.Add($"<th>Tuần này</th><th>Ghi chú</th></tr></thead><tbody>");
            foreach (var row in rows)
            {
                var progress = row.Problem is not null ? HtmlBuilder.Of($"—")
                    : row.ProgressPercent is { } p
                    ? HtmlBuilder.Of($"<meter min=\"0\" max=\"100\" low=\"80\" optimum=\"100\" value=\"{Math.Min(p, 100).ToString(CultureInfo.InvariantCulture)}\"></meter> {p.ToString(CultureInfo.InvariantCulture)} % <span class=\"nho\">({row.Done}/{row.Expected} đến nay, cả kỳ {row.Required})</span>")
                    : HtmlBuilder.Of($"<span class=\"nho\">Chưa có kế hoạch</span>");
                var css = row.Problem is not null ? "tt-failed" : row.Behind ? "tt-missed" : string.Empty;
                body.Add($"<tr class=\"{css}\"><td><a href=\"/chon-xa?xa={row.Id}\"><strong>{row.Name}</strong></a><br><span class=\"nho\">{row.Id}</span></td>");
                body.Add($"<td data-nhan=\"Tiến độ\">").Add(progress).Add($"</td><td data-nhan=\"Chỉ tiêu chậm\">{row.TargetsBehind}</td><td data-nhan=\"Lỗi, chưa rõ\">{row.Failures}</td><td data-nhan=\"Chờ xử lý\">{row.Waiting}</td>");
                body.Add($"<td data-nhan=\"Tuần này\">đã đăng {row.PublishedWeek}; hôm nay chờ {row.DueToday}</td><td>{row.Problem ?? row.PlanTitle ?? string.Empty}</td></tr>");
            }

            body.Add($"</tbody></table></div>");
            return ConsolePage.Render(context, "Toàn tỉnh", body.ToHtml());
        });
}
