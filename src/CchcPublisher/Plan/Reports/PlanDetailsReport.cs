using System.Globalization;

namespace CchcPublisher.Plan.Reports;

/// <summary>
/// "Chỉ tiêu tỷ lệ, kinh phí, đối tượng, chế độ báo cáo": what the plan set besides counts. A percentage is
/// judged only from a measured value written in the plan with its source; without one the report says so.
/// </summary>
internal static class PlanDetailsReport
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static ReportSection Section(PlanDocument plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var details = plan.Details;
        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var indicator in details.Indicators)
        {
            var verdict = indicator.MeasuredPercent is not { } measured ? "Chưa có số liệu đo"
                : measured >= indicator.AtLeastPercent ? "Đạt" : "Không đạt";
            rows.Add([
                ReportCell.Of(rows.Count + 1), ReportCell.Of(indicator.Name),
                ReportCell.Of("≥ " + indicator.AtLeastPercent.ToString("0.##", Vietnamese) + "%"),
                ReportCell.Of(indicator.MeasuredPercent is { } m ? m.ToString("0.##", Vietnamese) + "%" : string.Empty),
                ReportCell.Of(indicator.Source ?? "(chưa ghi nguồn)"), ReportCell.Of(verdict),
            ]);
        }

        var lines = new List<string>();
        if (details.Audiences.Count > 0)
        {
            lines.Add("Đối tượng tuyên truyền: " + string.Join("; ", details.Audiences) + ".");
        }

        foreach (var line in details.Budget)
        {
            lines.Add("Kinh phí: " + line.Source
                + (line.Amount is { } amount ? $", {amount.ToString("N0", Vietnamese)} đồng" : string.Empty)
                + (line.TaskId is { } task ? $" (nhiệm vụ {task})" : string.Empty)
                + (line.Note is { } note ? $"; {note}" : string.Empty) + ".");
        }

        foreach (var duty in details.Reporting)
        {
            lines.Add("Chế độ báo cáo: " + duty.Report
                + (duty.To.Count > 0 ? " gửi " + string.Join(", ", duty.To) : string.Empty)
                + (duty.When is { } when ? $" ({when})" : string.Empty) + ".");
        }

        if (rows.Count > 0)
        {
            lines.Add("Chỉ tiêu tỷ lệ được đánh giá theo giá trị đo ghi trong kế hoạch (khóa measured_percent) và nguồn của nó (ví dụ phiếu khảo sát); đây không phải số lượng tin, bài.");
        }

        if (lines.Count == 0)
        {
            lines.Add("Kế hoạch không ghi đối tượng, kinh phí, chế độ báo cáo hay chỉ tiêu tỷ lệ (khóa audiences, budget, reporting, indicators).");
        }

        return new ReportSection("7. Chỉ tiêu tỷ lệ, kinh phí, đối tượng và chế độ báo cáo", lines,
            new ReportTable(["TT", "Chỉ tiêu tỷ lệ", "Mức", "Đo được", "Nguồn số liệu", "Đánh giá"], rows), "Tỷ lệ, kinh phí");
    }
}
