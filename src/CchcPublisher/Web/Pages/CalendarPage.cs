using System.Globalization;
using CchcPublisher.Channels;
using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Queries;
using CchcPublisher.Web.Html;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CchcPublisher.Web.Pages;

/// <summary>"Lịch": a month (or, with <c>?tuan=</c>, a week) of publications per channel and the radio programs; each links to its ledger rows.</summary>
internal static class CalendarPage
{
    private static readonly string[] DayNames = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/lich", async (HttpContext context, CalendarQuery query, TimeProvider time) =>
        {
            var zone = ConsolePage.Zone(context);
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
            var week = DateOnly.TryParseExact(context.Request.Query["tuan"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var weekDay);
            DateOnly first, last;
            string title;
            var nav = new HtmlBuilder();
            if (week)
            {
                first = Monday(weekDay);
                last = first.AddDays(6);
                title = $"Tuần {first.ToString("dd/MM", CultureInfo.InvariantCulture)} – {last.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
                nav.Add($"<a class=\"nut-phu\" href=\"/lich?tuan={first.AddDays(-7):yyyy-MM-dd}\">◀ Tuần trước</a> <a class=\"nut-phu\" href=\"/lich?tuan={first.AddDays(7):yyyy-MM-dd}\">Tuần sau ▶</a> <a href=\"/lich?thang={first:yyyy-MM}\">Xem cả tháng</a>");
            }
            else
            {
                var month = DateOnly.TryParseExact(context.Request.Query["thang"].ToString() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)
                    ? m : new DateOnly(today.Year, today.Month, 1);
                first = Monday(month);
                last = Monday(month.AddMonths(1).AddDays(-1)).AddDays(6);
                title = $"Tháng {month.Month}/{month.Year}";
                nav.Add($"<a class=\"nut-phu\" href=\"/lich?thang={month.AddMonths(-1):yyyy-MM}\">◀ Tháng trước</a> <a class=\"nut-phu\" href=\"/lich?thang={month.AddMonths(1):yyyy-MM}\">Tháng sau ▶</a> <a href=\"/lich?tuan={today:yyyy-MM-dd}\">Tuần này</a>");
            }

            var entries = await query.ListAsync(first, last, context.RequestAborted);
            var byDay = entries.ToLookup(e => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(e.At, zone).DateTime));
            var body = new HtmlBuilder();
            body.Add($"<p class=\"chon-ngay\"><strong>{title}</strong> ").Add(nav.ToHtml()).Add($"</p><div class=\"lich\">");
            foreach (var name in DayNames)
            {
                body.Add($"<div class=\"thu\">{name}</div>");
            }

            for (var day = first; day <= last; day = day.AddDays(1))
            {
                var outside = !week && (day.Month != first.AddDays(7).Month);
                var css = (outside ? "ngoai " : "") + (day == today ? "hom-nay" : "");
                body.Add($"<div class=\"{css.Trim()}\"><a href=\"/lich?tuan={day:yyyy-MM-dd}\">{day.Day}</a>");
                var items = byDay[day].ToList();
                var shown = week ? items : items.Take(4).ToList();
                foreach (var item in shown)
                {
                    var local = TimeZoneInfo.ConvertTime(item.At, zone);
                    body.Add($"<a class=\"muc {item.State.ToString().ToLowerInvariant()}\" href=\"/so-theo-doi?tim={Uri.EscapeDataString(item.ArticleId)}\" title=\"{item.Title} · {Label(item.Channel)} · {Cli.CliFormat.State(item.State)}\">{local.ToString("HH:mm", CultureInfo.InvariantCulture)} {Short(item.Channel)} · {item.Title}</a>");
                }

                if (items.Count > shown.Count)
                {
                    body.Add($"<a class=\"nho\" href=\"/lich?tuan={day:yyyy-MM-dd}\">+{items.Count - shown.Count} mục</a>");
                }

                body.Add($"</div>");
            }

            body.Add($"</div><p class=\"nho\">Màu xanh lá: đã đăng; xanh dương: đã lên lịch hoặc chờ; đỏ: bỏ lỡ hoặc thất bại. W = trang web, Z = Zalo, F = Facebook, L = loa, CT = chương trình phát thanh.</p>");
            return ConsolePage.Render(context, "Lịch", body.ToHtml());
        });

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static string Label(string channel) => channel == RadioLedgerChannels.Program ? "Chương trình phát thanh" : ChannelNames.Label(channel);

    private static string Short(string channel) => channel switch
    {
        ChannelNames.Website => "W",
        ChannelNames.Zalo => "Z",
        ChannelNames.Facebook => "F",
        ChannelNames.Radio => "L",
        _ => "CT",
    };
}
