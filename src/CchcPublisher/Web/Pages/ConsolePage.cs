using System.Globalization;
using CchcPublisher.Hosting;
using CchcPublisher.Province;
using CchcPublisher.Web.Html;
using CchcPublisher.Web.Security;
using CchcPublisher.Web.Tenancy;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Web.Pages;

/// <summary>The layout every page shares (header, navigation, the signed-in user) and the small form helpers.</summary>
internal static class ConsolePage
{
    private static readonly (string Path, string Label, string? Policy)[] Navigation =
    [
        ("/", "Tổng quan", null),
        ("/bai-viet", "Bài viết", null),
        ("/hang-doi", "Hàng đợi", null),
        ("/cho-duyet", "Chờ duyệt", null),
        ("/so-theo-doi", "Sổ theo dõi", null),
        ("/dai-truyen-thanh", "Đài truyền thanh", null),
        ("/lich", "Lịch", null),
        ("/ke-hoach", "Kế hoạch", null),
        ("/kenh", "Kênh", null),
        ("/nhat-ky", "Nhật ký", ConsoleRoles.AuditPolicy),
    ];

    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A whole page: layout around <paramref name="body"/>.</summary>
    public static IResult Render(HttpContext context, string title, HtmlText body, int statusCode = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(context);
        var directory = context.RequestServices.GetService<ICommuneDirectory>();
        var selection = context.RequestServices.GetService<CurrentCommune>();
        var commune = selection?.Services is { } selected ? selected.GetRequiredService<IOptions<CommuneOptions>>().Value.Name
            : directory is not null ? directory.ProvinceName
            : context.RequestServices.GetRequiredService<IOptions<CommuneOptions>>().Value.Name;
        var page = new HtmlBuilder();
        page.Add($"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        page.Add($"<title>{title} — {commune}</title><link rel=\"stylesheet\" href=\"/tai-nguyen/console.css\"></head><body>");
        page.Add($"<header class=\"dau\"><div class=\"ten\"><strong>{commune}</strong><span>Bảng điều khiển tuyên truyền CCHC</span></div>");
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var (name, role) = WebConsoleApp.Who(context.User);
            page.Add($"<div class=\"nguoi\"><span>{name} · {ConsoleRoles.Label(role)}</span>");
            page.Add(Form(context, "/dang-xuat", HtmlText.Empty, "Đăng xuất", "nut-phu"));
            page.Add($"</div>");
            if (directory is not null && CommuneSelection.OwnCommune(context.User) is null)
            {
                page.Add(Switcher(directory, selection?.Id));
            }

            page.Add($"</header><nav class=\"menu\" aria-label=\"Các trang\">");
            var path = context.Request.Path.Value ?? "/";
            if (directory is not null && CommuneSelection.OwnCommune(context.User) is null)
            {
                page.Add(path == CommuneSelection.ProvincePath
                    ? HtmlBuilder.Of($"<a href=\"{CommuneSelection.ProvincePath}\" aria-current=\"page\">Toàn tỉnh</a>")
                    : HtmlBuilder.Of($"<a href=\"{CommuneSelection.ProvincePath}\">Toàn tỉnh</a>"));
            }

            foreach (var (href, label, policy) in Navigation)
            {
                if (policy == ConsoleRoles.AuditPolicy && !ConsoleRoles.AuditRoles.Contains(role, StringComparer.Ordinal))
                {
                    continue;
                }

                var current = href == "/" ? path == "/" : path.StartsWith(href, StringComparison.Ordinal);
                page.Add(current
                    ? HtmlBuilder.Of($"<a href=\"{href}\" aria-current=\"page\">{label}</a>")
                    : HtmlBuilder.Of($"<a href=\"{href}\">{label}</a>"));
            }

            page.Add($"</nav>");
        }
        else
        {
            page.Add($"</header>");
        }

        page.Add($"<main><h1>{title}</h1>").Add(body).Add($"</main></body></html>");
        return Results.Content(page.ToString(), "text/html; charset=utf-8", System.Text.Encoding.UTF8, statusCode);
    }

    /// <summary>The province console's commune switcher (a plain GET form: it changes only what is shown).</summary>
    private static HtmlText Switcher(ICommuneDirectory directory, string? selected)
    {
        var options = new HtmlBuilder();
        if (selected is null)
        {
            options.Add($"<option value=\"\" selected>— Chọn xã, phường —</option>");
        }

        foreach (var id in directory.List())
        {
            string name;
            try
            {
                name = directory.Services(id).GetRequiredService<IOptions<CommuneOptions>>().Value.Name;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                name = id + " (lỗi cấu hình)";
            }

            options.Add(id == selected
                ? HtmlBuilder.Of($"<option value=\"{id}\" selected>{name}</option>")
                : HtmlBuilder.Of($"<option value=\"{id}\">{name}</option>"));
        }

        return HtmlBuilder.Of($"<form method=\"get\" action=\"/chon-xa\" class=\"chon-xa\"><label>Xã, phường <select name=\"{CommuneSelection.QueryKey}\" required>{options.ToHtml()}</select></label><button type=\"submit\" class=\"nut-phu\">Mở</button></form>");
    }

    /// <summary>A POST form with its antiforgery token (<paramref name="files"/>: it uploads files).</summary>
    public static HtmlText Form(HttpContext context, string action, HtmlText fields, string button, string cssClass = "nut", bool files = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return HtmlBuilder.Of(
            $"<form method=\"post\" action=\"{action}\" class=\"dong-form\"{(files ? HtmlBuilder.Of($" enctype=\"multipart/form-data\"") : HtmlText.Empty)}><input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">{fields}<button type=\"submit\" class=\"{cssClass}\">{button}</button></form>");
    }

    public static HtmlText Hidden(string name, string? value) => HtmlBuilder.Of($"<input type=\"hidden\" name=\"{name}\" value=\"{value}\">");

    /// <summary>The outcome of an action, shown above the page.</summary>
    public static HtmlText Notice(string? done, string? error) =>
        error is not null ? HtmlBuilder.Of($"<p class=\"bao loi\" role=\"alert\">{error}</p>")
        : done is not null ? HtmlBuilder.Of($"<p class=\"bao xong\" role=\"status\">{done}</p>")
        : HtmlText.Empty;

    public static bool Can(HttpContext context, IReadOnlyList<string> roles)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Any(context.User.IsInRole);
    }

    public static string Local(DateTimeOffset? instant, TimeZoneInfo zone) => Cli.CliFormat.Local(instant, zone);

    public static TimeZoneInfo Zone(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<CommuneOptions>>().Value.GetTimeZone();

    /// <summary>Records a console action in the audit trail.</summary>
    public static Task AuditAsync(HttpContext context, string action, string target, bool succeeded, string? detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (name, role) = WebConsoleApp.Who(context.User);
        if (context.RequestServices.GetService<CurrentCommune>()?.Id is { } commune)
        {
            target = $"{commune}: {target}"; // a province console: the one audit trail says which commune
        }

        return context.RequestServices.GetRequiredService<AuditTrail>()
            .RecordAsync(name, role, action, target, succeeded, detail, context.RequestAborted);
    }

    public static async Task WriteForbiddenAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = Render(context, "Không có quyền", HtmlBuilder.Of($"<p class=\"bao loi\">Vai trò của bạn không được làm việc này. Hãy nhờ người có vai trò phù hợp, hoặc quản trị viên.</p><p><a href=\"/\">Về trang Tổng quan</a></p>"), StatusCodes.Status403Forbidden);
        await result.ExecuteAsync(context);
    }

    public static async ValueTask WriteTooManyAttemptsAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = Render(context, "Đăng nhập quá nhiều lần", HtmlBuilder.Of($"<p class=\"bao loi\">Đăng nhập sai quá nhiều lần. Hãy đợi một phút rồi thử lại.</p>"), StatusCodes.Status429TooManyRequests);
        await result.ExecuteAsync(context);
    }
}
