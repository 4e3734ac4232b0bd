using System.Globalization;
using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Ledger;
using CchcPublisher.Queries;
using CchcPublisher.Web.Html;
using CchcPublisher.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPublisher.Web.Pages;

/// <summary>
/// "Đài truyền thanh": each day's programs per slot with the rundown, the audio and the files; prepare a program
/// (<c>radio program</c>) and confirm it aired, whole or item by item (<c>radio confirm</c>).
/// </summary>
internal static class RadioPage
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/dai-truyen-thanh", (HttpContext context, RadioProgramsQuery query, TimeProvider time) =>
            RenderAsync(context, query, Day(context.Request.Query["ngay"], time, ConsolePage.Zone(context)), null, null));

        app.MapGet("/dai-truyen-thanh/tep/{name}", (string name, RadioProgramsQuery query) =>
            query.FilePath(name) is { } path
                ? Results.File(path, ContentType(name), name, enableRangeProcessing: true)
                : Results.NotFound());

        app.MapPost("/dai-truyen-thanh/lap", async (HttpContext context, IFormCollection form, RadioProgramService programs, RadioProgramsQuery query, TimeProvider time) =>
        {
            var day = Day(form["ngay"], time, ConsolePage.Zone(context));
            var slot = form["khung"].ToString();
            var result = await programs.PrepareAsync(day, slot, null, context.RequestAborted);
            var error = result.Error ?? (result.Program is not { Items.Count: > 0 } ? "Không có tin nào đến hạn cho buổi phát này." : null);
            await ConsolePage.AuditAsync(context, "Lập chương trình phát thanh", $"{day:yyyy-MM-dd} {slot}", error is null, error);
            return await RenderAsync(context, query, day, error is null ? $"Đã lập chương trình {result.Program!.Title} ({result.Program.Items.Count} tin)." : null, error);
        }).RequireAuthorization(ConsoleRoles.BroadcastPolicy);

        app.MapPost("/dai-truyen-thanh/xac-nhan", async (HttpContext context, IFormCollection form, BroadcastConfirmation confirmation, RadioProgramsQuery query, TimeProvider time) =>
        {
            var day = Day(form["ngay"], time, ConsolePage.Zone(context));
            var slot = form["khung"].ToString();
            var all = form["tat-ca"].ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var chosen = form["tin"].Select(v => v ?? string.Empty).Where(v => v.Length > 0).ToList();
            string? done = null, error = null;
            if (chosen.Count == 0)
            {
                error = "Chọn ít nhất một tin đã phát.";
            }
            else
            {
                // Every item ticked is the whole program, as radio confirm without --items.
                var items = chosen.Count == all.Length ? [] : chosen;
                var (aired, notAired, problem) = await confirmation.ConfirmAsync(day, slot, items, context.RequestAborted);
                error = problem;
                done = problem is null ? $"Đã xác nhận phát {aired} tin" + (notAired > 0 ? $"; {notAired} tin không phát, chờ chương trình sau." : ".") : null;
            }

            await ConsolePage.AuditAsync(context, "Xác nhận đã phát", $"{day:yyyy-MM-dd} {slot}", error is null, error ?? done);
            return await RenderAsync(context, query, day, done, error);
        }).RequireAuthorization(ConsoleRoles.BroadcastPolicy);
    }

    private static DateOnly Day(Microsoft.Extensions.Primitives.StringValues value, TimeProvider time, TimeZoneInfo zone) =>
        DateOnly.TryParseExact(value.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".wav" => "audio/wav",
        ".mp3" => "audio/mpeg",
        ".ssml" => "application/ssml+xml",
        _ => "text/plain; charset=utf-8",
    };

    private static async Task<IResult> RenderAsync(HttpContext context, RadioProgramsQuery query, DateOnly day, string? done, string? error)
    {
        var zone = ConsolePage.Zone(context);
        var canAct = ConsolePage.Can(context, ConsoleRoles.BroadcastRoles);
        var slots = await query.ListAsync(day, 1, context.RequestAborted);
        var body = new HtmlBuilder();
        body.Add(ConsolePage.Notice(done, error));
        var culture = ConsolePage.Vietnamese;
        body.Add($"<p class=\"chon-ngay\"><a class=\"nut-phu\" href=\"/dai-truyen-thanh?ngay={day.AddDays(-1):yyyy-MM-dd}\">◀ Hôm trước</a> ");
        body.Add($"<strong>{culture.DateTimeFormat.GetDayName(day.DayOfWeek)} {day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}</strong> ");
        body.Add($"<a class=\"nut-phu\" href=\"/dai-truyen-thanh?ngay={day.AddDays(1):yyyy-MM-dd}\">Hôm sau ▶</a></p>");
        foreach (var view in slots)
        {
            var dayText = view.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var keys = HtmlBuilder.Of($"{ConsolePage.Hidden("ngay", dayText)}{ConsolePage.Hidden("khung", view.Slot.Key)}");
            body.Add($"<section class=\"the buoi\"><h2>Buổi {view.Slot.Label} · {ConsolePage.Local(view.StartsAt, zone)} (tối đa {(int)view.Slot.MaxLength.TotalMinutes} phút)</h2>");
            if (view.Program is not { } program)
            {
                body.Add($"<p>Chưa lập chương trình.</p>");
                if (canAct)
                {
                    body.Add(ConsolePage.Form(context, "/dai-truyen-thanh/lap", keys, "Lập chương trình"));
                }

                body.Add($"</section>");
                continue;
            }

            var aired = program.State == PublicationState.Published;
            body.Add($"<p><span class=\"nhan\">{(aired ? "đã phát" : "chờ xác nhận đã phát")}</span> {view.Items.Count} tin.</p>");
            if (view.Files.FirstOrDefault(f => f.EndsWith(".wav", StringComparison.Ordinal) || f.EndsWith(".mp3", StringComparison.Ordinal)) is { } audio)
            {
                body.Add($"<audio controls preload=\"none\" src=\"/dai-truyen-thanh/tep/{audio}\"></audio>");
            }

            if (view.Files.Count > 0)
            {
                body.Add($"<p>Tải về: ");
                foreach (var file in view.Files)
                {
                    body.Add($"<a href=\"/dai-truyen-thanh/tep/{file}\" download>{file}</a> ");
                }

                body.Add($"</p>");
            }

            var confirmable = canAct && !aired && view.StartsAt <= context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            var list = new HtmlBuilder();
            list.Add($"<ul class=\"tin\">");
            foreach (var item in view.Items)
            {
                list.Add(confirmable
                    ? HtmlBuilder.Of($"<li><label><input type=\"checkbox\" name=\"tin\" value=\"{item.ArticleId}\" checked> {item.Title}</label> <span class=\"nho\">{item.ArticleId}</span></li>")
                    : HtmlBuilder.Of($"<li>{item.Title} <span class=\"nho\">{item.ArticleId} · {Cli.CliFormat.State(item.State)}</span></li>"));
            }

            list.Add($"</ul>");
            if (confirmable)
            {
                var all = ConsolePage.Hidden("tat-ca", string.Join('\n', view.Items.Select(i => i.ArticleId)));
                body.Add(ConsolePage.Form(context, "/dai-truyen-thanh/xac-nhan", HtmlBuilder.Of($"{keys}{all}{list.ToHtml()}"), "Xác nhận đã phát các tin đã chọn"));
            }
            else
            {
                body.Add(list.ToHtml());
            }

            if (view.Rundown is { } rundown)
            {
                body.Add($"<details><summary>Kịch bản và thời lượng từng phần</summary><pre class=\"kich-ban\">{rundown}</pre></details>");
            }

            body.Add($"</section>");
        }

        return ConsolePage.Render(context, "Đài truyền thanh", body.ToHtml());
    }
}
