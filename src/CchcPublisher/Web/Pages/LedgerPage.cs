using System.Globalization;
using CchcPublisher.Channels;
using CchcPublisher.Ledger;
using CchcPublisher.Publishing;
using CchcPublisher.Queries;
using CchcPublisher.Web.Html;
using CchcPublisher.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CchcPublisher.Web.Pages;

/// <summary>
/// "Sổ theo dõi": the ledger with filters; actions publish again, check on the service (reconcile) and confirm a
/// manual post, through the same services as <c>publish --article</c> and <c>confirm</c>.
/// </summary>
internal static class LedgerPage
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/so-theo-doi", (HttpContext context, LedgerListQuery query) => RenderAsync(context, query, Filter(context.Request.Query), null, null));

        app.MapPost("/so-theo-doi/dang-lai", (HttpContext context, IFormCollection form, PublishRunner runner, LedgerListQuery query, TimeProvider time) =>
            PublishAsync(context, form, runner, query, time, "Đăng lại")).RequireAuthorization(ConsoleRoles.EditPolicy);

        app.MapPost("/so-theo-doi/doi-chieu", (HttpContext context, IFormCollection form, PublishRunner runner, LedgerListQuery query, TimeProvider time) =>
            PublishAsync(context, form, runner, query, time, "Đối chiếu với kênh")).RequireAuthorization(ConsoleRoles.EditPolicy);

        app.MapPost("/so-theo-doi/go-bai", async (HttpContext context, IFormCollection form, Withdrawal withdrawal, LedgerListQuery query) =>
        {
            var (article, channel) = (form["bai"].ToString(), form["kenh"].ToString());
            if (form["chac-chan"] != "co")
            {
                return await RenderAsync(context, query, new LedgerFilter { Text = article }, null, "Hãy đánh dấu ô xác nhận trước khi gỡ bài.");
            }

            string? done = null, error = null;
            try
            {
                var reports = await withdrawal.WithdrawAsync(article, channel, context.RequestAborted) ?? [];
                var text = reports.Count == 0
                    ? "Bài này hiện không có trên kênh đó: không có gì để gỡ."
                    : string.Join("; ", reports.Select(r => $"{ChannelNames.Label(r.Channel)}: {Cli.CliFormat.Outcome(r.Outcome)}{(r.Message is null ? "" : " — " + r.Message)}"));
                if (reports.Any(r => r.Outcome is not PublicationOutcome.Withdrawn))
                {
                    error = text;
                }
                else
                {
                    done = text;
                }
            }
            catch (PublishLockTimeoutException ex)
            {
                error = ex.Message;
            }

            await ConsolePage.AuditAsync(context, "Gỡ bài", $"{article} · {channel}", error is null, error ?? done);
            return await RenderAsync(context, query, new LedgerFilter { Text = article }, done, error);
        }).RequireAuthorization(ConsoleRoles.EditPolicy);

        app.MapPost("/so-theo-doi/xac-nhan", async (HttpContext context, IFormCollection form, ManualConfirmation confirmation, LedgerListQuery query) =>
        {
            var (article, channel) = (form["bai"].ToString(), form["kenh"].ToString());
            var result = await confirmation.ConfirmAsync(article, channel, form["lien-ket"].ToString(), null, context.RequestAborted);
            await ConsolePage.AuditAsync(context, "Xác nhận đăng thủ công", $"{article} · {channel}", result.Confirmed, result.Error ?? result.Entry?.RemoteUrl);
            var done = result.Entry is { } entry ? $"Đã ghi nhận \"{entry.Title}\" đăng trên {ChannelNames.Label(entry.Channel)}: {entry.RemoteUrl}" : null;
            return await RenderAsync(context, query, new LedgerFilter { Text = article }, done, result.Error);
        }).RequireAuthorization(ConsoleRoles.EditPolicy);
    }

    private static async Task<IResult> PublishAsync(HttpContext context, IFormCollection form, PublishRunner runner, LedgerListQuery query, TimeProvider time, string action)
    {
        var (article, channel) = (form["bai"].ToString(), form["kenh"].ToString());
        string? done = null, error = null;
        try
        {
            var result = await runner.RunAsync(new PublishRequest(time.GetUtcNow(), channel, article), null, context.RequestAborted);
            var reports = result.Items.Where(i => i.ArticleId == article && i.Channel == channel).ToList();
            var text = reports.Count == 0
                ? "Không có gì để làm cho bài này trên kênh này (đã đăng, hoặc chưa đến hạn)."
                : string.Join("; ", reports.Select(r => $"{Cli.CliFormat.Outcome(r.Outcome)}{(r.Message is null ? "" : ": " + r.Message)}"));
            if (result.AnyFailed)
            {
                error = text;
            }
            else
            {
                done = text;
            }
        }
        catch (PublishLockTimeoutException ex)
        {
            error = ex.Message;
        }

        await ConsolePage.AuditAsync(context, action, $"{article} · {channel}", error is null, error ?? done);
        return await RenderAsync(context, query, new LedgerFilter { Text = article }, done, error);
    }

    private static LedgerFilter Filter(IQueryCollection query) => new()
    {
        Channel = Text(query, "kenh"),
        State = Enum.TryParse<PublicationState>(Text(query, "trang-thai"), ignoreCase: true, out var state) ? state : null,
        Category = Text(query, "the-loai"),
        PlanTask = Text(query, "nhiem-vu"),
        From = Day(query, "tu"),
        To = Day(query, "den"),
        Text = Text(query, "tim"),
    };

    private static string? Text(IQueryCollection query, string key) => query[key].ToString() is { Length: > 0 } value ? value.Trim() : null;

    private static DateOnly? Day(IQueryCollection query, string key) =>
        DateOnly.TryParseExact(Text(query, key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static async Task<IResult> RenderAsync(HttpContext context, LedgerListQuery query, LedgerFilter filter, string? done, string? error)
    {
        var zone = ConsolePage.Zone(context);
        var (rows, more) = await query.ListAsync(filter, context.RequestAborted);
        var body = new HtmlBuilder();
        body.Add(ConsolePage.Notice(done, error));
        body.Add($"<form method=\"get\" action=\"/so-theo-doi\" class=\"loc\">");
        body.Add($"<label>Kênh <select name=\"kenh\"><option value=\"\">Tất cả</option>");
        foreach (var channel in ChannelNames.All.Concat([Channels.Radio.Programs.RadioLedgerChannels.Program]))
        {
            var label = channel == Channels.Radio.Programs.RadioLedgerChannels.Program ? "Chương trình phát thanh" : ChannelNames.Label(channel);
            body.Add(channel == filter.Channel
                ? HtmlBuilder.Of($"<option value=\"{channel}\" selected>{label}</option>")
                : HtmlBuilder.Of($"<option value=\"{channel}\">{label}</option>"));
        }

        body.Add($"</select></label><label>Trạng thái <select name=\"trang-thai\"><option value=\"\">Tất cả</option>");
        foreach (var state in Enum.GetValues<PublicationState>())
        {
            var value = state.ToString().ToLowerInvariant();
            body.Add(state == filter.State
                ? HtmlBuilder.Of($"<option value=\"{value}\" selected>{Cli.CliFormat.State(state)}</option>")
                : HtmlBuilder.Of($"<option value=\"{value}\">{Cli.CliFormat.State(state)}</option>"));
        }

        body.Add($"</select></label>");
        body.Add($"<label>Từ ngày <input type=\"date\" name=\"tu\" value=\"{filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\"></label>");
        body.Add($"<label>Đến ngày <input type=\"date\" name=\"den\" value=\"{filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\"></label>");
        body.Add($"<label>Thể loại <input name=\"the-loai\" value=\"{filter.Category}\" placeholder=\"mot-cua\" size=\"12\"></label>");
        body.Add($"<label>Nhiệm vụ <input name=\"nhiem-vu\" value=\"{filter.PlanTask}\" placeholder=\"NV05\" size=\"6\"></label>");
        body.Add($"<label>Tìm <input name=\"tim\" value=\"{filter.Text}\" placeholder=\"tiêu đề hoặc mã bài\"></label>");
        body.Add($"<button type=\"submit\" class=\"nut\">Lọc</button> <a href=\"/so-theo-doi\">Bỏ lọc</a></form>");
        body.Add($"<p class=\"nho\">{rows.Count} dòng{(more ? " (còn nữa: thu hẹp bộ lọc)" : "")}.</p>");
        body.Add($"<div class=\"bang\"><table><thead><tr><th>Ngày</th><th>Bài</th><th>Kênh</th><th>Trạng thái</th><th>Ghi chú</th><th>Thao tác</th></tr></thead><tbody>");
        foreach (var entry in rows)
        {
            var when = entry.PublishedAt ?? entry.DueAt ?? entry.UpdatedAt;
            var note = entry.RemoteUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var link) && link.Scheme is "http" or "https"
                ? HtmlBuilder.Of($"<a href=\"{url}\" rel=\"noopener noreferrer\">Xem bài đã đăng</a>")
                : HtmlBuilder.Of($"{entry.LastError}");
            body.Add($"<tr class=\"tt-{entry.State.ToString().ToLowerInvariant()}\"><td>{ConsolePage.Local(when, zone)}</td><td><strong>{entry.Title}</strong><br><span class=\"nho\">{entry.ArticleId}</span></td>");
            body.Add($"<td>{Label(entry.Channel)}</td><td><span class=\"nhan\">{Cli.CliFormat.State(entry.State)}</span></td><td>{note}</td><td>{LedgerActions.For(context, entry)}</td></tr>");
        }

        body.Add($"</tbody></table></div>");
        return ConsolePage.Render(context, "Sổ theo dõi", body.ToHtml());
    }

    public static string Label(string channel) => channel switch
    {
        Channels.Radio.Programs.RadioLedgerChannels.Program => "Chương trình phát thanh",
        Channels.Radio.Programs.RadioLedgerChannels.Broadcast => "Tin đã phát",
        _ => ChannelNames.Label(channel),
    };
}
