using System.Globalization;
using CchcPublisher.Channels;
using CchcPublisher.Channels.Facebook;
using CchcPublisher.Content;
using CchcPublisher.Ledger;
using CchcPublisher.Plan;
using CchcPublisher.Web.Html;
using CchcPublisher.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPublisher.Web.Pages;

/// <summary>
/// "Văn bản để dán" (<c>/dan-san?bai=ID</c>): for channels without an API (a Zalo group, a community fan page, or a
/// channel kept in outbox mode) the article as the channel expects it: plain text with line breaks, the website
/// link and the categories' hashtags, one copy button, the cover image to attach; then "đã đăng" with the link,
/// which confirms the waiting ledger row or records the post as an activity, so the plan counts it.
/// </summary>
internal static class PasteReadyPage
{
    /// <summary>Where a hand-made post can go, as activity forms of the plan (see <c>content/forms.yaml</c>).</summary>
    private static readonly (string Form, string Label)[] ManualPlaces =
    [
        ("zalo-nhom", "Nhóm Zalo của thôn, khu dân cư"),
        ("fanpage-cong-dong", "Trang Facebook cộng đồng"),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/dan-san", (HttpContext context, IContentLoader content, ILedger ledger) =>
            RenderAsync(context, content, ledger, context.Request.Query["bai"].ToString(), null, null));

        app.MapPost("/dan-san/da-dang", async (HttpContext context, IFormCollection form, IContentLoader content, ILedger ledger, ActivityRecorder activities, TimeProvider time) =>
        {
            var id = form["bai"].ToString();
            var place = ManualPlaces.FirstOrDefault(p => p.Form == form["noi-dang"].ToString());
            var url = form["lien-ket"].ToString().Trim();
            if (place.Form is null || !Uri.TryCreate(url, UriKind.Absolute, out var link) || link.Scheme is not ("http" or "https"))
            {
                return await RenderAsync(context, content, ledger, id, null, "Chọn nơi đã đăng và ghi địa chỉ bài đăng (bắt đầu bằng http:// hoặc https://).");
            }

            var snapshot = await content.LoadAsync(null, context.RequestAborted);
            if (snapshot.Articles.FirstOrDefault(a => a.Id == id) is not { } article)
            {
                return await RenderAsync(context, content, ledger, id, null, null);
            }

            var zone = ConsolePage.Zone(context);
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
            var (path, problems) = await activities.RecordAsync(
                new ActivityRecord(today, place.Form, $"Đăng bài \"{article.Title}\" lên {place.Label}", article.Unit, link.AbsoluteUri, article.PlanTask, article.Categories, new ActivityQuantities(null, null, null, null)),
                context.RequestAborted);
            await ConsolePage.AuditAsync(context, "Ghi nhận đăng thủ công", $"{id} · {place.Form}", path is not null, path is null ? string.Join("; ", problems) : link.AbsoluteUri);
            return path is null
                ? await RenderAsync(context, content, ledger, id, null, string.Join(" ", problems))
                : await RenderAsync(context, content, ledger, id, $"Đã ghi nhận bài đăng trên {place.Label}: {link.AbsoluteUri} (tính vào kế hoạch).", null);
        }).RequireAuthorization(ConsoleRoles.EditPolicy);
    }

    /// <summary>The page link for an article (used by the ledger's waiting rows).</summary>
    public static string Link(string articleId) => "/dan-san?bai=" + Uri.EscapeDataString(articleId);

    private static async Task<IResult> RenderAsync(HttpContext context, IContentLoader content, ILedger ledger, string id, string? done, string? error)
    {
        var snapshot = await content.LoadAsync(null, context.RequestAborted);
        var article = snapshot.Articles.FirstOrDefault(a => a.Id == id);
        var body = new HtmlBuilder();
        if (article is null)
        {
            body.Add($"<p class=\"bao loi\">Không có bài \"{id}\" trong thư mục nội dung.</p><p><a href=\"/so-theo-doi\">Về Sổ theo dõi</a></p>");
            return ConsolePage.Render(context, "Văn bản để dán", body.ToHtml(), StatusCodes.Status404NotFound);
        }

        var entries = await ledger.ListAsync(new LedgerQuery { ArticleId = article.Id }, context.RequestAborted);
        var earlier = entries.Where(e => e.State == PublicationState.Published)
            .ToDictionary(e => e.Channel, e => PublishResult.Published(e.RemoteId, e.RemoteUrl), StringComparer.Ordinal);
        var text = context.RequestServices.GetService<FacebookPostRenderer>() is { } renderer
            ? renderer.Render(new PublishContext(article, null, earlier) { Taxonomy = snapshot.Taxonomy }).Message
            : article.Title + "\n\n" + FacebookPostRenderer.PlainText(article.Body);

        body.Add(ConsolePage.Notice(done, error));
        body.Add($"<script src=\"/tai-nguyen/sao-chep.js\" defer></script>");
        body.Add($"<p><strong>{article.Title}</strong> <span class=\"nho\">({article.Id})</span></p>");
        body.Add($"<p class=\"nho\">Văn bản dạng thường, giữ xuống dòng, kèm liên kết bài trên trang web (khi đã đăng) và thẻ # theo lĩnh vực: dán nguyên vào nhóm Zalo, trang Facebook cộng đồng hoặc Zalo OA khi đăng tay. {text.Length.ToString("N0", ConsolePage.Vietnamese)} ký tự.</p>");
        body.Add($"<div class=\"the dan-san\"><label for=\"van-ban\">Nội dung để dán</label><textarea id=\"van-ban\" readonly rows=\"14\" class=\"van-ban-dan\">{text}</textarea>");
        body.Add($"<p><button type=\"button\" class=\"nut\" data-chep=\"van-ban\">Sao chép</button></p></div>");
        if (article.CoverPath is { } cover)
        {
            body.Add($"<p>Ảnh đại diện để đính kèm: <code>{cover}</code> (trong thư mục nội dung, cạnh bài viết).</p>");
        }

        var waiting = entries.Where(e => e.State == PublicationState.AwaitingManual && e.Channel is ChannelNames.Zalo or ChannelNames.Facebook).ToList();
        if (ConsolePage.Can(context, ConsoleRoles.EditRoles))
        {
            body.Add($"<h2>Đã đăng xong?</h2>");
            foreach (var entry in waiting)
            {
                body.Add($"<p>{ChannelNames.Label(entry.Channel)} đang chờ đăng thủ công:</p>").Add(LedgerActions.For(context, entry, pasteLink: false));
            }

            var places = new HtmlBuilder();
            foreach (var (form, label) in ManualPlaces)
            {
                places.Add($"<option value=\"{form}\">{label}</option>");
            }

            body.Add($"<p>Đăng ở nơi khác (không có trong Sổ theo dõi):</p>").Add(ConsolePage.Form(
                context,
                "/dan-san/da-dang",
                HtmlBuilder.Of($"{ConsolePage.Hidden("bai", article.Id)}<label>Nơi đăng <select name=\"noi-dang\">{places.ToHtml()}</select></label><label>Địa chỉ bài đăng <input name=\"lien-ket\" type=\"url\" required placeholder=\"https://…\"></label>"),
                "Đã đăng"));
        }

        return ConsolePage.Render(context, "Văn bản để dán", body.ToHtml());
    }
}
