using System.Security.Claims;
using CchcPublisher.Web.Html;
using CchcPublisher.Province;
using CchcPublisher.Web.Security;
using CchcPublisher.Web.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPublisher.Web.Pages;

/// <summary><c>/dang-nhap</c> and <c>/dang-xuat</c>: sign in with a user made by <c>users add</c> (rate-limited per address), sign out.</summary>
internal static class LoginEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/dang-nhap", async (HttpContext context, UserStore users) =>
            Page(context, null, (await users.ListAsync(context.RequestAborted)).Count == 0)).AllowAnonymous();

        app.MapPost("/dang-nhap", async (HttpContext context, IFormCollection form, UserStore users, AuditTrail audit) =>
        {
            var name = form["ten"].ToString().Trim();
            var password = form["mat-khau"].ToString();
            var user = await users.VerifyAsync(name, password, context.RequestAborted);
            string? commune = null;
            if (user is null && context.RequestServices.GetService<ICommuneDirectory>() is { } directory
                && await CommuneUsers.VerifyAsync(directory, context.RequestServices.GetRequiredService<TimeProvider>(), name, password, context.RequestAborted) is { } found)
            {
                (user, commune) = found;
            }

            if (user is null)
            {
                await audit.RecordAsync(name.Length > 32 ? name[..32] : name, "-", "Đăng nhập sai", "-", false, null, context.RequestAborted);
                return Page(context, "Tên đăng nhập hoặc mật khẩu không đúng.", false, StatusCodes.Status401Unauthorized);
            }

            List<Claim> claims = [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role)];
            if (commune is not null)
            {
                claims.Add(new Claim(CommuneSelection.CommuneClaim, commune));
            }

            var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            await audit.RecordAsync(user.Name, user.Role, "Đăng nhập", commune ?? "-", true, null, context.RequestAborted);
            var back = form["ReturnUrl"].ToString();
            return Results.Redirect(IsLocal(back) ? back : "/");
        }).AllowAnonymous().RequireRateLimiting(WebConsoleApp.LoginRateLimit);

        app.MapPost("/dang-xuat", async (HttpContext context, IFormCollection form) =>
        {
            _ = form;
            await ConsolePage.AuditAsync(context, "Đăng xuất", "-", true, null);
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/dang-nhap");
        });
    }

    /// <summary>Only a path on this site: never another host (open redirect).</summary>
    public static bool IsLocal(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static IResult Page(HttpContext context, string? error, bool noUsers, int status = StatusCodes.Status200OK)
    {
        var back = context.Request.Query["ReturnUrl"].ToString();
        if (context.Request.HasFormContentType)
        {
            back = context.Request.Form["ReturnUrl"].ToString();
        }

        var body = new HtmlBuilder();
        body.Add(ConsolePage.Notice(null, error));
        if (noUsers)
        {
            body.Add($"<p class=\"bao\">Chưa có người dùng nào. Tạo người dùng đầu tiên bằng dòng lệnh, ví dụ: <code>CchcPublisher users add --name quantri --role quan-tri</code> (chương trình hỏi mật khẩu), rồi đăng nhập tại đây.</p>");
        }

        var fields = HtmlBuilder.Of(
            $"<label>Tên đăng nhập <input name=\"ten\" autocomplete=\"username\" required maxlength=\"32\"></label>" +
            $"<label>Mật khẩu <input name=\"mat-khau\" type=\"password\" autocomplete=\"current-password\" required></label>" +
            $"{ConsolePage.Hidden("ReturnUrl", IsLocal(back) ? back : "/")}");
        body.Add($"<div class=\"the dang-nhap\">").Add(ConsolePage.Form(context, "/dang-nhap", fields, "Đăng nhập")).Add($"</div>");
        return ConsolePage.Render(context, "Đăng nhập", body.ToHtml(), status);
    }
}
