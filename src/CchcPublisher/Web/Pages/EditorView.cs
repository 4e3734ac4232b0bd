using CchcPublisher.Channels;
using CchcPublisher.Content.Editing;
using CchcPublisher.Queries;
using CchcPublisher.Web.Html;
using CchcPublisher.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPublisher.Web.Pages;

/// <summary>The editor's HTML: the form, the inline diagnostics and the versions page (see <see cref="EditorPage"/>).</summary>
internal static class EditorView
{
    /// <summary>The fields of a posted editor form.</summary>
    public static ArticleForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        static string? Text(IFormCollection form, string key) => form[key].ToString() is { Length: > 0 } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        static IReadOnlyList<string> Many(IFormCollection form, string key) =>
            [.. form[key].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal)];
        return new ArticleForm(
            Text(form, "tieu-de") ?? string.Empty,
            Many(form, "the-loai"),
            Many(form, "kenh"),
            form["hang-tuan"] == "co" ? null : Text(form, "dang-luc"),
            Text(form, "tom-tat"),
            Text(form, "tac-gia"),
            Text(form, "anh-bia"),
            Text(form, "nhiem-vu"),
            form["noi-dung"].ToString(),
            Text(form, "ma"),
            Text(form, "trang-thai"))
        {
            Raw = form["tho"] == "1",
        };
    }

    public static async Task<IResult> RenderAsync(HttpContext context, ArticleListQuery list, EditorState state, string? done, string? error)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(state);
        var services = context.RequestServices;
        var store = services.GetRequiredService<ArticleFileStore>();
        var taxonomy = await list.TaxonomyAsync(context.RequestAborted);
        var canEdit = ConsolePage.Can(context, ConsoleRoles.EditRoles);
        var form = state.Form;
        var path = state.Path ?? store.NewPath(form.Title, ConsolePage.Zone(context));
        DraftCheck? check = form.Raw || form.Title.Length > 0 || form.Body.Length > 0
            ? await services.GetRequiredService<DraftChecker>().CheckAsync(path, form.ToMarkdown(), context.RequestAborted)
            : null;
        var tokens = services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var disabled = canEdit ? HtmlText.Empty : new HtmlText(" disabled");
        var body = new HtmlBuilder();
        body.Add($"<link rel=\"stylesheet\" href=\"/tai-nguyen/bien-tap.css\"><script src=\"/tai-nguyen/bien-tap.js\" defer></script>");
        body.Add(ConsolePage.Notice(done, error));
        if (!canEdit)
        {
            body.Add($"<p class=\"bao\">Vai trò của bạn chỉ được xem bài; biên tập viên hoặc quản trị viên mới sửa được.</p>");
        }

        if (state.Conflict is { } conflict)
        {
            body.Add($"<section class=\"xung-dot\" id=\"xung-dot\"><h2>Bản đang có trên đĩa (đã được sửa ở nơi khác)</h2>");
            body.Add($"<pre id=\"ban-tren-dia\">{conflict.DiskText}</pre><p class=\"chon\">");
            body.Add($"<a class=\"nut-phu\" id=\"dung-ban-tren-dia\" href=\"/bai-viet/sua?tep={Uri.EscapeDataString(path)}\">Dùng bản trên đĩa</a> ");
            body.Add($"<button type=\"submit\" form=\"bien-tap\" class=\"nut\" id=\"giu-ban-cua-toi\">Giữ bản của tôi (bản trên đĩa được cất vào Phiên bản cũ)</button></p></section>");
        }

        body.Add($"<form id=\"bien-tap\" class=\"bien-tap\" method=\"post\" action=\"/bai-viet/luu\" enctype=\"multipart/form-data\">");
        body.Add($"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">");
        body.Add($"{ConsolePage.Hidden("tep", state.Path)}{ConsolePage.Hidden("bam", state.Hash)}{ConsolePage.Hidden("ma", form.Id)}{ConsolePage.Hidden("trang-thai", form.Status)}{ConsolePage.Hidden("tho", form.Raw ? "1" : null)}");
        body.Add($"<div class=\"bt-luoi\"><div class=\"bt-thong-tin\">");
        if (form.Raw)
        {
            body.Add($"<p class=\"bao loi\">Phần đầu bài của tệp này có lỗi nên không hiện được thành từng ô. Cả tệp nằm trong khung nội dung: sửa theo các lỗi bên dưới rồi lưu.</p>");
        }
        else
        {
            body.Add($"<label>Tiêu đề <input name=\"tieu-de\" id=\"tieu-de\" value=\"{form.Title}\" required maxlength=\"300\"{disabled}></label>");
            body.Add($"<fieldset><legend>Thể loại</legend><div class=\"o-chon\">");
            // The chosen categories first: the list scrolls, and what is chosen must be seen.
            foreach (var category in taxonomy.All.OrderBy(c => form.Categories.Contains(c.Key, StringComparer.Ordinal) ? 0 : 1))
            {
                var on = form.Categories.Contains(category.Key, StringComparer.Ordinal) ? new HtmlText(" checked") : HtmlText.Empty;
                body.Add($"<label><input type=\"checkbox\" name=\"the-loai\" value=\"{category.Key}\"{on}{disabled}> {category.Label}</label>");
            }

            body.Add($"</div></fieldset><fieldset><legend>Kênh <span class=\"nho\">(không chọn kênh nào = các kênh mặc định)</span></legend><div class=\"o-chon ngang\">");
            foreach (var channel in list.Channels())
            {
                var on = form.Channels.Contains(channel, StringComparer.Ordinal) ? new HtmlText(" checked") : HtmlText.Empty;
                body.Add($"<label><input type=\"checkbox\" name=\"kenh\" value=\"{channel}\"{on}{disabled}> {ChannelNames.Label(channel)}</label>");
            }

            var weekly = form.PublishAt is null ? new HtmlText(" checked") : HtmlText.Empty;
            body.Add($"</div></fieldset><fieldset><legend>Thời điểm đăng (giờ của xã)</legend>");
            body.Add($"<label class=\"mot-dong\"><input type=\"checkbox\" name=\"hang-tuan\" value=\"co\" id=\"hang-tuan\"{weekly}{disabled}> Xếp vào chuyên mục hằng tuần</label>");
            body.Add($"<label>Ngày giờ đăng <input type=\"datetime-local\" name=\"dang-luc\" id=\"dang-luc\" value=\"{form.PublishAt}\"{disabled}></label></fieldset>");
            body.Add($"<label>Tóm tắt <textarea name=\"tom-tat\" rows=\"3\"{disabled}>{form.Summary}</textarea></label>");
            body.Add($"<label>Tác giả, đơn vị <input name=\"tac-gia\" value=\"{form.Author}\"{disabled}></label>");
            body.Add($"<label>Nhiệm vụ trong kế hoạch <input name=\"nhiem-vu\" value=\"{form.PlanTask}\" placeholder=\"NV05\"{disabled}></label>");
            body.Add($"<fieldset><legend>Ảnh bìa</legend>");
            if (form.Cover is { } cover && EditorPage.ImageUrl(path, cover) is { } coverUrl)
            {
                body.Add($"<img class=\"anh-bia\" src=\"{coverUrl}\" alt=\"Ảnh bìa hiện tại\">");
            }

            body.Add($"<label>Tệp ảnh bìa (đường dẫn cạnh bài) <input name=\"anh-bia\" id=\"anh-bia\" value=\"{form.Cover}\"{disabled}></label>");
            body.Add($"<label>Tải ảnh bìa mới <input type=\"file\" name=\"anh-bia-tep\" id=\"anh-bia-tep\" accept=\".png,.jpg,.jpeg,.webp,.gif\"{disabled}></label></fieldset>");
        }

        body.Add($"</div><div class=\"bt-noi-dung\"><div class=\"cong-cu\" role=\"toolbar\" aria-label=\"Định dạng\">");
        foreach (var (action, label, tip) in Toolbar)
        {
            body.Add($"<button type=\"button\" class=\"nut-phu\" data-md=\"{action}\" title=\"{tip}\"{disabled}>{label}</button>");
        }

        body.Add($"<input type=\"file\" id=\"chon-anh\" accept=\".png,.jpg,.jpeg,.webp,.gif\" hidden></div>");
        body.Add($"<label class=\"an-nhan\" for=\"noi-dung\">Nội dung (Markdown)</label><textarea name=\"noi-dung\" id=\"noi-dung\" rows=\"22\" spellcheck=\"false\"{disabled}>\n{form.Body}</textarea>");
        body.Add($"<div id=\"chan-doan\" aria-live=\"polite\">{(check is null ? HtmlText.Empty : Diagnostics(check, form.BodyLine))}</div>");
        body.Add($"<p class=\"nut-cuoi\">");
        if (canEdit)
        {
            body.Add($"<button type=\"submit\" class=\"nut\" id=\"luu\">Lưu bài</button> ");
        }

        body.Add($"<button type=\"button\" class=\"nut-phu\" id=\"nut-xem-truoc\">Xem trước trên các kênh</button> ");
        if (state.Path is { } existing)
        {
            body.Add($"<a class=\"nut-phu\" id=\"phien-ban-cu\" href=\"/bai-viet/phien-ban?tep={Uri.EscapeDataString(existing)}\">Phiên bản cũ</a> <span class=\"nho\">{existing}</span>");
        }

        body.Add($"</p></div></div></form><div id=\"xem-truoc\" aria-live=\"polite\"></div>");
        var title = state.Path is null ? "Viết bài mới" : form.Raw ? "Sửa tệp bài viết" : "Sửa bài: " + form.Title;
        return ConsolePage.Render(context, title, body.ToHtml());
    }

    /// <summary>The diagnostics of a draft, as <c>validate</c> prints them, located in the form (front matter or body line).</summary>
    public static HtmlText Diagnostics(DraftCheck check, int bodyLine)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (check.Diagnostics.Count == 0)
        {
            return HtmlBuilder.Of($"<p class=\"bao xong\" id=\"khong-loi\">Không có lỗi hay cảnh báo (như lệnh validate).</p>");
        }

        var html = new HtmlBuilder();
        var errors = check.Diagnostics.Count(d => d.IsError);
        html.Add($"<p class=\"nho\">Kiểm tra như lệnh validate: {errors} lỗi, {check.Diagnostics.Count - errors} cảnh báo.</p><ul class=\"chan-doan\">");
        foreach (var d in check.Diagnostics)
        {
            var where = d.Line >= bodyLine ? $"nội dung, dòng {d.Line - bodyLine + 1}" : $"phần thông tin bài, dòng {d.Line}";
            html.Add($"<li class=\"{(d.IsError ? "loi" : "canh-bao")}\" data-ma=\"{d.Code}\"><strong>{(d.IsError ? "Lỗi" : "Cảnh báo")} {d.Code}</strong> ({where}, cột {d.Column}): {d.Message}</li>");
        }

        html.Add($"</ul>");
        return html.ToHtml();
    }

    public static IResult Versions(HttpContext context, string path, IReadOnlyList<ArticleVersion> versions, string? shown, string? text)
    {
        var store = context.RequestServices.GetRequiredService<ArticleFileStore>();
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(versions);
        var zone = ConsolePage.Zone(context);
        var body = new HtmlBuilder();
        body.Add($"<p><a href=\"/bai-viet/sua?tep={Uri.EscapeDataString(path)}\">← Về bài đang soạn</a> <span class=\"nho\">{path}</span></p>");
        if (versions.Count == 0)
        {
            body.Add($"<p>Chưa có phiên bản cũ nào: mỗi lần lưu, bản trước đó được cất ở đây.</p>");
        }
        else
        {
            body.Add($"<div class=\"bang\"><table class=\"phien-ban\"><thead><tr><th>Bản cất lúc</th><th>Đoạn đầu nội dung</th><th>Thao tác</th></tr></thead><tbody>");
            foreach (var version in versions)
            {
                var view = $"/bai-viet/phien-ban?tep={Uri.EscapeDataString(path)}&ban={version.Name}";
                body.Add($"<tr data-ban=\"{version.Name}\"><td>{TimeZoneInfo.ConvertTime(version.SavedAt, zone).ToString("dd/MM/yyyy HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)}</td><td>{store.Snippet(path, version)}</td><td class=\"thu-tu\"><a class=\"nut-phu\" href=\"{view}\">Xem</a> ");
                if (ConsolePage.Can(context, ConsoleRoles.EditRoles))
                {
                    body.Add(ConsolePage.Form(context, "/bai-viet/khoi-phuc", HtmlBuilder.Of($"{ConsolePage.Hidden("tep", path)}{ConsolePage.Hidden("ban", version.Name)}"), "Khôi phục bản này", "nut-phu"));
                }

                body.Add($"</td></tr>");
            }

            body.Add($"</tbody></table></div>");
        }

        if (text is not null)
        {
            body.Add($"<h2>Nội dung bản {shown}</h2><pre class=\"ban-cu\">{text}</pre>");
        }

        return ConsolePage.Render(context, "Phiên bản cũ", body.ToHtml());
    }

    private static readonly (string Action, string Label, string Title)[] Toolbar =
    [
        ("h2", "Tiêu đề", "Tiêu đề mục (##)"),
        ("dam", "Đậm", "Chữ đậm (**…**)"),
        ("nghieng", "Nghiêng", "Chữ nghiêng (*…*)"),
        ("ds", "• Danh sách", "Danh sách gạch đầu dòng"),
        ("dsso", "1. Danh sách", "Danh sách đánh số"),
        ("lienket", "Liên kết", "Liên kết [chữ](https://…)"),
        ("bang", "Bảng", "Chèn bảng"),
        ("anh", "Ảnh…", "Tải ảnh lên và chèn vào bài"),
    ];
}
