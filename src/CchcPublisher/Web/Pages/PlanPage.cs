using System.Globalization;
using CchcPublisher.Plan;
using CchcPublisher.Plan.Reports;
using CchcPublisher.Queries;
using CchcPublisher.Web.Html;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CchcPublisher.Web.Pages;

/// <summary>"Kế hoạch": each target's progress against the expected line (a bar per target), tasks, and report downloads.</summary>
internal static class PlanPage
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/ke-hoach", async (HttpContext context, PlanStatusQuery query) =>
        {
            var planId = context.Request.Query["ma"].ToString();
            var view = await query.GetAsync(planId, context.RequestAborted);
            var body = new HtmlBuilder();
            body.Add(ConsolePage.Notice(null, view.Problem));
            if (view.FileErrors > 0)
            {
                body.Add($"<p class=\"bao loi\">{view.FileErrors} lỗi trong tệp kế hoạch hoặc hoạt động: các tệp lỗi không được tính (xem lệnh plan status).</p>");
            }

            if (view.Plans.Count > 1)
            {
                body.Add($"<p>Kế hoạch: ");
                foreach (var plan in view.Plans)
                {
                    body.Add($"<a class=\"nut-phu\" href=\"/ke-hoach?ma={Uri.EscapeDataString(plan.Id)}\">{plan.Title}</a> ");
                }

                body.Add($"</p>");
            }

            if (view.Status is { } status)
            {
                Render(body, status);
            }

            return ConsolePage.Render(context, "Kế hoạch", body.ToHtml());
        });

        app.MapGet("/ke-hoach/viec-tiep", async (HttpContext context, PlanNextQuery query) =>
        {
            var weeks = int.TryParse(context.Request.Query["tuan"], NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w is > 0 and <= 60 ? w : 8;
            var result = await query.GetAsync(context.Request.Query["ma"].ToString(), weeks, context.RequestAborted);
            var body = new HtmlBuilder();
            body.Add(ConsolePage.Notice(null, result.Problem));
            if (result.View is { } view)
            {
                RenderNext(body, view, weeks);
            }

            return ConsolePage.Render(context, "Việc cần làm tiếp", body.ToHtml());
        });

        app.MapGet("/ke-hoach/bao-cao", async (HttpContext context, PlanStatusQuery query) =>
        {
            var period = Enum.TryParse<ReportPeriodKind>(context.Request.Query["ky"].ToString(), ignoreCase: true, out var p) ? p : ReportPeriodKind.Quarter;
            var format = context.Request.Query["dang"].ToString() switch { "docx" => ReportFormat.Docx, "xlsx" => ReportFormat.Xlsx, _ => ReportFormat.Markdown };
            var (bytes, name, problem) = await query.ReportAsync(context.Request.Query["ma"].ToString(), period, format, context.RequestAborted);
            if (bytes is null)
            {
                return ConsolePage.Render(context, "Báo cáo", ConsolePage.Notice(null, problem), StatusCodes.Status404NotFound);
            }

            var type = format switch
            {
                ReportFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ReportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                _ => "text/markdown; charset=utf-8",
            };
            return Results.File(bytes, type, name);
        });
    }

    private static void Render(HtmlBuilder body, PlanStatus status)
    {
        var plan = status.Plan;
        body.Add($"<h2>{plan.Title}</h2><p class=\"nho\">{plan.PeriodText} · tính đến hết ngày {status.AsOf.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}</p>");
        if (status.AsOf <= plan.Period.End)
        {
            body.Add($"<p><a class=\"nut-phu\" href=\"/ke-hoach/viec-tiep?ma={Uri.EscapeDataString(plan.Id)}\">Việc cần làm tiếp: còn thiếu gì, từng tuần</a></p>");
        }

        body.Add($"<div class=\"bang\"><table><thead><tr><th>Chỉ tiêu</th><th>Đã làm / cần đến nay / cả kỳ</th><th>Tiến độ</th><th>Đánh giá</th></tr></thead><tbody>");
        foreach (var target in status.Targets)
        {
            var done = Percent(target.Done, target.Required);
            var expected = Percent(target.ExpectedSoFar, target.Required);
            body.Add($"<tr class=\"{(target.OnTrack ? "tt-published" : "tt-failed")}\"><td>{target.Label}</td><td>{target.Done} / {target.ExpectedSoFar} / {target.Required}</td>");
            body.Add($"<td><svg class=\"bieu-do\" viewBox=\"0 0 200 16\" role=\"img\" aria-label=\"Đã làm {done}%, cần đến nay {expected}%\"><rect width=\"200\" height=\"16\" fill=\"#e8ebf0\"/>");
            body.Add($"<rect width=\"{done * 2}\" height=\"16\" fill=\"{(target.OnTrack ? "#1e7b34" : "#b3261e")}\"/><line x1=\"{expected * 2}\" x2=\"{expected * 2}\" y1=\"0\" y2=\"16\" stroke=\"#1d2430\" stroke-width=\"2\"/></svg></td>");
            body.Add($"<td><span class=\"nhan\">{PlanReportBuilder.Verdict(target)}</span></td></tr>");
        }

        body.Add($"</tbody></table></div><p class=\"nho\">Thanh màu: đã làm so với cả kỳ; vạch đen: mức cần đạt đến hôm nay.</p>");
        body.Add($"<h2>Nhiệm vụ</h2><div class=\"bang\"><table><thead><tr><th>Mã</th><th>Nhiệm vụ</th><th>Bài đã đăng</th><th>Hoạt động</th><th>Tình trạng</th></tr></thead><tbody>");
        foreach (var task in status.Tasks)
        {
            var state = task.Idle ? "đã đến kỳ, chưa có kết quả" : task.Started ? "đang thực hiện" : "chưa đến kỳ";
            body.Add($"<tr class=\"{(task.Idle ? "tt-failed" : "")}\"><td>{task.Task.Id}</td><td>{task.Task.Name}</td><td>{task.Articles}</td><td>{task.Activities}</td><td><span class=\"nhan\">{state}</span></td></tr>");
        }

        body.Add($"</tbody></table></div><h2>Tải báo cáo</h2><div class=\"bang\"><table><thead><tr><th>Kỳ</th><th>Word</th><th>Excel</th><th>Markdown</th></tr></thead><tbody>");
        foreach (var (kind, label) in new[] { (ReportPeriodKind.Quarter, "Quý hiện tại"), (ReportPeriodKind.Half, "6 tháng"), (ReportPeriodKind.Year, "Năm") })
        {
            var k = kind.ToString().ToLowerInvariant();
            body.Add($"<tr><td>{label}</td>");
            foreach (var format in new[] { "docx", "xlsx", "md" })
            {
                body.Add($"<td><a href=\"/ke-hoach/bao-cao?ma={Uri.EscapeDataString(plan.Id)}&amp;ky={k}&amp;dang={format}\" download>.{format}</a></td>");
            }

            body.Add($"</tr>");
        }

        body.Add($"</tbody></table></div>");
    }

    private static void RenderNext(HtmlBuilder body, Plan.NextSteps.NextStepsView view, int weeks)
    {
        static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var plan = view.Status.Plan;
        body.Add($"<h2>{plan.Title}</h2><p class=\"nho\">Hôm nay {Day(view.Status.AsOf)} · {weeks} tuần tới, đến {Day(view.Horizon.End)} · kỳ kế hoạch đến {Day(plan.Period.End)} · ");
        body.Add($"<a href=\"/ke-hoach/viec-tiep?ma={Uri.EscapeDataString(plan.Id)}&amp;tuan=60\">xem đến hết kỳ</a></p>");
        if (view.Gaps.Count == 0)
        {
            body.Add($"<p class=\"bao\">{(plan.Targets.Count == 0 ? "Kế hoạch chưa đặt chỉ tiêu định lượng: không tính được việc còn thiếu." : "Mọi chỉ tiêu còn hiệu lực đều đã đạt đủ.")}</p>");
        }
        else
        {
            body.Add($"<h2>Chỉ tiêu còn thiếu</h2><div class=\"bang\"><table><thead><tr><th>Chỉ tiêu</th><th>Đơn vị</th><th>Còn cần</th><th>Đã xếp lịch</th><th>Còn phải tìm</th><th>Hạn</th></tr></thead><tbody>");
            foreach (var gap in view.Gaps)
            {
                body.Add($"<tr class=\"{(gap.StillMissing > 0 ? "tt-failed" : "tt-published")}\"><td>{gap.Progress.Label}</td><td>{(gap.Units.Count == 0 ? "—" : string.Join("; ", gap.Units))}</td><td>{gap.Remaining}</td>");
                body.Add($"<td>{(gap.ActivitiesOnly ? "ghi hoạt động" : string.Join("; ", gap.Queued.Select(q => q.Title)))}{(gap.ActivitiesOnly || gap.Queued.Count == 0 ? "" : $" ({gap.Queued.Count})")}</td><td>{gap.StillMissing}</td><td>{Day(gap.Deadline)}</td></tr>");
            }

            body.Add($"</tbody></table></div>");
        }

        body.Add($"<h2>Từng tuần</h2>");
        foreach (var week in view.Weeks)
        {
            body.Add($"<h3>{week.Label}</h3>");
            if (week.Needs.Count > 0)
            {
                body.Add($"<div class=\"bang\"><table><thead><tr><th>Chỉ tiêu</th><th>Cần thêm</th><th>Bài đã xếp lịch</th><th>Đơn vị</th></tr></thead><tbody>");
                foreach (var need in week.Needs)
                {
                    body.Add($"<tr class=\"{(need.Missing > 0 ? "tt-failed" : "")}\"><td>{need.Gap.Progress.Label}</td><td>{need.Missing}</td><td>{string.Join("; ", need.Queued.Select(q => q.Title))}</td><td>{string.Join("; ", need.Gap.Units)}</td></tr>");
                }

                body.Add($"</tbody></table></div>");
            }

            body.Add($"<p class=\"nho\">Ô chuyên mục còn trống: {(week.FreeSlots.Count == 0 ? "không có" : string.Join("; ", week.FreeSlots.Select(s => $"{s.ColumnName} {s.At.ToString("dd/MM HH:mm", CultureInfo.InvariantCulture)}")))}</p>");
        }
    }

    private static int Percent(int value, int of) => of <= 0 ? 100 : Math.Clamp((int)Math.Round(100.0 * value / of), 0, 100);
}
