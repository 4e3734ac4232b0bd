using System.Security.Claims;
using System.Threading.RateLimiting;
using CchcPublisher.Hosting;
using CchcPublisher.Web.Pages;
using CchcPublisher.Web.Security;
using CchcPublisher.Web.Tenancy;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Web;

/// <summary>
/// Builds the console's ASP.NET Core application. It has its own small container for the web machinery
/// (authentication, antiforgery, rate limiting) and takes the domain services (ledger, queries, confirmations)
/// from the worker's container, so the console and the worker share one ledger, one clock and one content folder.
/// </summary>
internal static class WebConsoleApp
{
    public const string LoginRateLimit = "dang-nhap";

    /// <summary>The application, served by Kestrel over <paramref name="transport"/> (the console's own listening port).</summary>
    public static WebApplication Build(IServiceProvider main, ConsoleTransport transport, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(main);
        ArgumentNullException.ThrowIfNull(transport);
        var options = main.GetRequiredService<IOptions<WebConsoleOptions>>().Value;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(main.GetRequiredService<ILoggerFactory>());
        builder.Services.AddSingleton<IConnectionListenerFactory>(transport);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(transport.EndPoint);
        });
        ConsoleServices.Forward(builder.Services, main);

        var paths = main.GetRequiredService<IOptions<PathOptions>>().Value;
        builder.Services.AddDataProtection()
            .SetApplicationName("CchcPublisher.WebConsole")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(paths.DataRoot, "console-keys")));
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "cchc.phien";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/dang-nhap";
                o.LogoutPath = "/dang-xuat";
                o.ExpireTimeSpan = options.SessionLifetime;
                o.SlidingExpiration = true;
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return ConsolePage.WriteForbiddenAsync(context.HttpContext);
                };
            });
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(ConsoleRoles.EditPolicy, p => p.RequireRole(ConsoleRoles.EditRoles))
            .AddPolicy(ConsoleRoles.BroadcastPolicy, p => p.RequireRole(ConsoleRoles.BroadcastRoles))
            .AddPolicy(ConsoleRoles.AuditPolicy, p => p.RequireRole(ConsoleRoles.AuditRoles))
            .AddPolicy(ConsoleRoles.ApprovePolicy, p => p.RequireRole(ConsoleRoles.ApproveRoles));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "cchc.chongia";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.FormFieldName = "__chongia";
        });
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "?",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginAttemptsPerMinute, Window = options.LoginWindow, QueueLimit = 0 }));
            o.OnRejected = (context, _) => ConsolePage.WriteTooManyAttemptsAsync(context.HttpContext);
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Use(SecurityHeaders.ApplyAsync);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.Use(RejectInvalidAntiforgeryAsync);
        app.Use(CommuneSelection.ApplyAsync);
        ConsoleAssets.Map(app);
        LoginEndpoints.Map(app);
        OverviewPage.Map(app);
        QueuePage.Map(app);
        ApprovalPage.Map(app);
        LedgerPage.Map(app);
        RadioPage.Map(app);
        CalendarPage.Map(app);
        PlanPage.Map(app);
        ChannelsPage.Map(app);
        AuditPage.Map(app);
        PasteReadyPage.Map(app);
        EditorAssets.Map(app);
        ArticlesPage.Map(app);
        EditorPage.Map(app);
        WordImportPage.Map(app);
        if (main.GetService<Province.ICommuneDirectory>() is not null)
        {
            CommuneSelection.Map(app);
            ProvincePage.Map(app);
        }

        return app;
    }

    /// <summary>The signed-in user's name and role, for the audit trail.</summary>
    public static (string Name, string Role) Who(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return (user.Identity?.Name ?? "?", user.FindFirstValue(ClaimTypes.Role) ?? "?");
    }

    /// <summary>
    /// A form post whose antiforgery token is missing or wrong gets 400 and reaches no handler. The middleware above only
    /// records the failure; the generated handlers (Request Delegate Generator) would throw on reading the form, a 500.
    /// </summary>
    private static Task RejectInvalidAntiforgeryAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<Microsoft.AspNetCore.Antiforgery.IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
