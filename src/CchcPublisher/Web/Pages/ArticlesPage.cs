using System.Globalization;
using CchcPublisher.Channels;
using CchcPublisher.Queries;
using CchcPublisher.Web.Html;
using CchcPublisher.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CchcPublisher.Web.Pages;

/// <summary>"Bài viết": every article file with search and filters (category, channel, status, task, unit, date), read through <see cref="ArticleListQuery"/>.</summary>
internal static class ArticlesPage
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/bai-viet", async (HttpContext context, ArticleListQuery query) =>
        {
            var filter = Filter(context.Request.Query);
            var (rows, taxonomy) = await query.ListAsync(filter, context.RequestAborted);
            var zone = ConsolePage.Zone(context);
            var body = new HtmlBuilder();
            body.Add($"<link rel=\"stylesheet\" href=\"/tai-nguyen/bien-tap.css\">");
            if (ConsolePage.Can(context, ConsoleRoles.EditRoles))
            {
                body.Add($"<p><a class=\"nut\" href=\"/bai-viet/moi\" id=\"viet-bai-moi\">+ Viết bài mới</a></p>");
                body.Add(WordImportPage.UploadForm(context));
            }

            body.Add($"<form method=\"get\" action=\"/bai-viet\" class=\"loc\"><label>Tìm <input name=\"tim\" value=\"{filter.Text}\" placeholder=\"tiêu đề, mã bài, tệp\"></label>");
            body.Add($"<label>Thể loại <select name=\"the-loai\"><option value=\"\">Tất cả</option>");
            foreach (var category in taxonomy.All)
            {
                body.Add(Option(category.Key, category.Label, filter.Category));
            }

            body.Add($"</select></label><label>Kênh <select name=\"kenh\"><option value=\"\">Tất cả</option>");
            foreach (var channel in query.Channels())
            {
                body.Add(Option(channel, ChannelNames.Label(channel), filter.Channel));
            }

            body.Add($"</select></label><label>Tình trạng <select name=\"tinh-trang\"><option value=\"\">Tất cả</option>");
            foreach (var status in Enum.GetValues<ArticleListStatus>())
            {
                body.Add(Option(status.ToString().ToLowerInvariant(), Label(status), filter.Status?.ToString().ToLowerInvariant()));
            }

            body.Add($"</select></label><label>Nhiệm vụ <input name=\"nhiem-vu\" value=\"{filter.PlanTask}\" placeholder=\"NV05\" size=\"6\"></label>");
            body.Add($"<label>Đơn vị / tác giả <input name=\"don-vi\" value=\"{filter.Unit}\" size=\"14\"></label>");
            body.Add($"<label>Từ ngày <input type=\"date\" name=\"tu\" value=\"{filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\"></label>");
            body.Add($"<label>Đến ngày <input type=\"date\" name=\"den\" value=\"{filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\"></label>");
            body.Add($"<button type=\"submit\" class=\"nut\">Lọc</button> <a href=\"/bai-viet\">Bỏ lọc</a></form>");
            var pages = Math.Max(1, (rows.Count + RowsPerPage - 1) / RowsPerPage);
            var page = int.TryParse(context.Request.Query["trang"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? Math.Clamp(p, 1, pages) : 1;
            body.Add($"<p class=\"nho\">{rows.Count} bài{(pages > 1 ? $", trang {page}/{pages}" : "")}.</p>");
            body.Add($"<div class=\"bang\"><table class=\"bai-viet\"><thead><tr><th>Ngày đăng</th><th>Bài</th><th>Thể loại</th><th>Kênh</th><th>Tình trạng</th><th>Nhiệm vụ · đơn vị</th></tr></thead><tbody>");
            foreach (var row in rows.Skip((page - 1) * RowsPerPage).Take(RowsPerPage))
            {
                var when = row.Date is { } date ? ConsolePage.Local(date, zone) : row.Status is ArticleListStatus.Broken or ArticleListStatus.Draft ? "—" : "Chuyên mục hằng tuần";
                var link = "/bai-viet/sua?tep=" + Uri.EscapeDataString(row.RelativePath);
                var title = row.Status == ArticleListStatus.Broken
                    ? HtmlBuilder.Of($"<strong>{row.Title}</strong><br><span class=\"nho\">{row.RelativePath}</span><br><span class=\"loi-nho\">{string.Join(" · ", row.Errors)}</span>")
                    : HtmlBuilder.Of($"<a href=\"{link}\"><strong>{row.Title}</strong></a><br><span class=\"nho\">{row.RelativePath}</span>");
                var published = row.PublishedOn.Count > 0 ? $" ({string.Join(", ", row.PublishedOn.Select(ChannelNames.Label))})" : string.Empty;
                body.Add($"<tr class=\"bv-{row.Status.ToString().ToLowerInvariant()}\"><td>{when}</td><td>{title}</td>");
                body.Add($"<td>{string.Join(", ", row.Categories.Select(taxonomy.Label))}</td><td>{string.Join(", ", row.Channels.Select(ChannelNames.Label))}</td>");
                body.Add($"<td><span class=\"nhan\">{Label(row.Status)}</span>{published}</td><td>{row.PlanTask}{(row.PlanTask is not null && row.Author is not null ? " · " : "")}{row.Author}</td></tr>");
            }

            body.Add($"</tbody></table></div>");
            if (pages > 1)
            {
                body.Add($"<p class=\"trang\">");
                foreach (var (number, label) in new[] { (page - 1, "◀ Trang trước"), (page + 1, "Trang sau ▶") }.Where(l => l.Item1 >= 1 && l.Item1 <= pages))
                {
                    body.Add($"<a class=\"nut-phu\" href=\"{PageLink(context.Request.Query, number)}\">{label}</a> ");
                }

                body.Add($"</p>");
            }

            return ConsolePage.Render(context, "Bài viết", body.ToHtml());
        });

    /// <summary>Articles per page (10,000 articles would make a page of megabytes).</summary>
    public const int RowsPerPage = 100;

    /// <summary>The list's address with the same filters on another page.</summary>
    private static string PageLink(IQueryCollection query, int page)
    {
        var pairs = query.Where(q => q.Key != "trang").SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? string.Empty)}"));
        return "/bai-viet?" + string.Join("&", pairs.Append($"trang={page.ToString(CultureInfo.InvariantCulture)}"));
    }

    public static string Label(ArticleListStatus status) => status switch
    {
        ArticleListStatus.Draft => "Nháp",
        ArticleListStatus.Waiting => "Chờ đăng",
        ArticleListStatus.Published => "Đã đăng",
        ArticleListStatus.Broken => "Có lỗi",
        _ => status.ToString(),
    };

    private static HtmlText Option(string value, string label, string? selected) =>
        value == selected
            ? HtmlBuilder.Of($"<option value=\"{value}\" selected>{label}</option>")
            : HtmlBuilder.Of($"<option value=\"{value}\">{label}</option>");

    private static ArticleFilter Filter(IQueryCollection query) => new()
    {
        Text = Text(query, "tim"),
        Category = Text(query, "the-loai"),
        Channel = Text(query, "kenh"),
        Status = Enum.TryParse<ArticleListStatus>(Text(query, "tinh-trang"), ignoreCase: true, out var status) ? status : null,
        PlanTask = Text(query, "nhiem-vu"),
        Unit = Text(query, "don-vi"),
        From = Day(query, "tu"),
        To = Day(query, "den"),
    };

    private static string? Text(IQueryCollection query, string key) => query[key].ToString() is { Length: > 0 } value ? value.Trim() : null;

    private static DateOnly? Day(IQueryCollection query, string key) =>
        DateOnly.TryParseExact(Text(query, key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
