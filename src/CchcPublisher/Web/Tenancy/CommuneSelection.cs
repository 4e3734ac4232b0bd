using System.Security.Claims;
using CchcPublisher.Province;
using CchcPublisher.Web.Html;
using CchcPublisher.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPublisher.Web.Tenancy;

/// <summary>
/// Which commune a province console request is about: <c>?xa=ID</c> (kept in a cookie for the next pages), else
/// the cookie, else the user's own commune. A user made with <c>users add --commune ID</c> sees only that commune;
/// a province user (made without <c>--commune</c>) may pick any and sees the province overview (<c>/tinh</c>).
/// In a single-commune console (no <see cref="ICommuneDirectory"/>) it does nothing.
/// </summary>
internal static class CommuneSelection
{
    /// <summary>The claim naming a commune user's commune.</summary>
    public const string CommuneClaim = "cchc:xa";

    public const string Cookie = "cchc.xa";

    public const string QueryKey = "xa";

    public const string ProvincePath = "/tinh";

    /// <summary>Paths served without a commune: assets, sign-in, the province overview and the switcher.</summary>
    private static readonly string[] ProvinceWide = ["/tai-nguyen", "/dang-nhap", "/dang-xuat", ProvincePath, "/chon-xa"];

    public static async Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var directory = context.RequestServices.GetService<ICommuneDirectory>();
        if (directory is null || context.User.Identity?.IsAuthenticated != true
            || ProvinceWide.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.Ordinal)))
        {
            await next(context);
            return;
        }

        var own = OwnCommune(context.User);
        var id = context.Request.Query[QueryKey].FirstOrDefault() ?? context.Request.Cookies[Cookie] ?? own;
        if (id is null || !directory.List().Contains(id, StringComparer.Ordinal))
        {
            if (own is null)
            {
                context.Response.Redirect(ProvincePath);
                return;
            }

            var missing = ConsolePage.Render(context, "Không tìm thấy xã", HtmlBuilder.Of(
                $"<p class=\"bao loi\">Xã {own} của tài khoản này không còn trong cài đặt cấp tỉnh. Hãy liên hệ quản trị viên của tỉnh.</p>"),
                StatusCodes.Status404NotFound);
            await missing.ExecuteAsync(context);
            return;
        }

        if (own is not null && !string.Equals(own, id, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await ConsolePage.WriteForbiddenAsync(context);
            return;
        }

        IServiceProvider services;
        try
        {
            services = directory.Services(id);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var result = ConsolePage.Render(context, "Xã có lỗi cấu hình", HtmlBuilder.Of(
                $"<p class=\"bao loi\">Không mở được xã {id}: {Cli.SettingsErrors.Describe(ex) ?? ex.Message}</p><p><a href=\"{ProvincePath}\">Về trang toàn tỉnh</a></p>"),
                StatusCodes.Status500InternalServerError);
            await result.ExecuteAsync(context);
            return;
        }

        context.RequestServices.GetRequiredService<CurrentCommune>().Set(id, services);
        if (context.Request.Query.ContainsKey(QueryKey))
        {
            Remember(context, id);
        }

        await next(context);
    }

    /// <summary><c>/chon-xa?xa=ID</c>: the switcher's target; remembers the choice and opens the commune's overview.</summary>
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/chon-xa", (HttpContext context, ICommuneDirectory directory) =>
        {
            var id = context.Request.Query[QueryKey].FirstOrDefault();
            var own = OwnCommune(context.User);
            if (id is null || !directory.List().Contains(id, StringComparer.Ordinal) || (own is not null && own != id))
            {
                return Results.Redirect(own is null ? ProvincePath : "/");
            }

            Remember(context, id);
            return Results.Redirect("/");
        });

    /// <summary>The commune of a commune user, or null for a province user.</summary>
    public static string? OwnCommune(ClaimsPrincipal user) => user.FindFirstValue(CommuneClaim);

    private static void Remember(HttpContext context, string id) =>
        context.Response.Cookies.Append(Cookie, id, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            IsEssential = true,
        });
}
