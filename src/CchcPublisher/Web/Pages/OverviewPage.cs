using System.Globalization;
using CchcPublisher.Channels;
using CchcPublisher.Ledger;
using CchcPublisher.Plan;
using CchcPublisher.Queries;
using CchcPublisher.Web.Html;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Web.Pages;

/// <summary>"Tổng quan": today and this week per channel, then what needs a person (including reports due soon), each with its action.</summary>
internal static class OverviewPage
{
    /// <summary>Reports due within this many days (or the reminder's lead, if longer) are listed as needing attention.</summary>
    private static readonly TimeSpan DueSoonWindow = TimeSpan.FromDays(14);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/", async (HttpContext context, OverviewQuery query, ReportCalendarQuery reports, IOptions<PlanOptions> plan) =>
        {
            var zone = ConsolePage.Zone(context);
            var view = await query.GetAsync(context.RequestAborted);
            var calendar = await reports.GetAsync(context.RequestAborted);
            var dueSoon = ReportCalendarQuery.DueSoon(calendar, plan.Value.ReportReminderLead > DueSoonWindow ? plan.Value.ReportReminderLead : DueSoonWindow);
            var body = new HtmlBuilder();
            var culture = ConsolePage.Vietnamese;
            body.Add($"<p class=\"nho\">Hôm nay {culture.DateTimeFormat.GetDayName(view.Today.DayOfWeek)} {view.Today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}; tuần từ {view.WeekStart.ToString("dd/MM", CultureInfo.InvariantCulture)} đến {view.WeekStart.AddDays(6).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.</p>");
            body.Add($"<section class=\"o-kenh\">");
            foreach (var channel in view.Channels)
            {
                body.Add($"<div class=\"the\"><h2>{ChannelNames.Label(channel.Channel)}</h2>");
                body.Add($"<p><strong>Hôm nay:</strong> đã đăng {channel.PublishedToday}, chờ đăng {channel.DueToday}</p>");
                body.Add($"<p><strong>Tuần này:</strong> đã đăng {channel.PublishedWeek}, chờ đăng {channel.DueWeek}</p></div>");
            }

            body.Add($"</section><h2>Cần xử lý ({view.Attention.Count})</h2>");
            if (view.Attention.Count == 0)
            {
                body.Add($"<p class=\"bao xong\">Không có việc gì cần xử lý.</p>");
            }
            else
            {
                body.Add($"<div class=\"bang\"><table><thead><tr><th>Bài</th><th>Kênh</th><th>Tình trạng</th><th>Lý do</th><th>Thao tác</th></tr></thead><tbody>");
                foreach (var row in view.Attention)
                {
                    var entry = row.Entry;
                    body.Add($"<tr class=\"tt-{entry.State.ToString().ToLowerInvariant()}\"><td><strong>{entry.Title}</strong><br><span class=\"nho\">{entry.ArticleId}</span></td>");
                    body.Add($"<td>{LedgerPage.Label(entry.Channel)}</td><td><span class=\"nhan\">{Cli.CliFormat.State(entry.State)}</span></td>");
                    body.Add($"<td>{entry.LastError ?? Hint(entry.State)}</td><td>{LedgerActions.For(context, entry)}</td></tr>");
                }

                body.Add($"</tbody></table></div>");
            }

            if (dueSoon.Count > 0)
            {
                body.Add($"<h2>Báo cáo sắp đến hạn ({dueSoon.Count})</h2><div class=\"bang\"><table><thead><tr><th>Báo cáo</th><th>Gửi</th><th>Kỳ</th><th>Hạn</th><th>Thao tác</th></tr></thead><tbody>");
                foreach (var report in dueSoon)
                {
                    var left = report.DaysLeft(calendar.Today) ?? 0;
                    var when = left == 0 ? "hôm nay" : $"còn {left} ngày";
                    body.Add($"<tr class=\"{(left <= 2 ? "tt-failed" : string.Empty)}\"><td><strong>{report.Report}</strong></td><td>{string.Join(", ", report.To)}</td>");
                    var period = report.Period is { } p
                        ? string.Create(CultureInfo.InvariantCulture, $"{p.Name} ({p.Days.Start:dd/MM}–{p.Days.End:dd/MM/yyyy})")
                        : string.Empty;
                    body.Add($"<td>{period}</td><td>{report.DueDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} ({when})</td>");
                    body.Add($"<td><a class=\"nut-phu\" href=\"/ke-hoach\">Tải báo cáo</a></td></tr>");
                }

                body.Add($"</tbody></table></div>");
            }

            body.Add($"<h2>Lịch tuần này</h2>");
            if (view.Items.Count == 0)
            {
                body.Add($"<p>Tuần này chưa có bài nào.</p>");
            }
            else
            {
                body.Add($"<div class=\"bang\"><table><thead><tr><th>Thời gian</th><th>Bài</th><th>Kênh</th><th>Trạng thái</th></tr></thead><tbody>");
                foreach (var item in view.Items)
                {
                    body.Add($"<tr><td>{Cli.CliFormat.LocalWithDay(item.At, zone)}</td><td>{item.Title}</td><td>{ChannelNames.Label(item.Channel)}</td><td>{Cli.CliFormat.State(item.State)}</td></tr>");
                }

                body.Add($"</tbody></table></div>");
            }

            return ConsolePage.Render(context, "Tổng quan", body.ToHtml());
        });

    private static string Hint(PublicationState state) => state switch
    {
        PublicationState.AwaitingManual => "Chờ đăng thủ công hoặc chờ xác nhận đã phát.",
        PublicationState.Unknown or PublicationState.Publishing => "Đã gửi nhưng chưa rõ kết quả: kiểm tra trên kênh trước khi gửi lại.",
        PublicationState.Missed => "Quá hạn, không đăng bù.",
        _ => string.Empty,
    };
}
