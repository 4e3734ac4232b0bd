using Microsoft.Extensions.Logging;

namespace CchcPublisher.Plan;

/// <summary>Plan log messages (event ids 6xxx; never renumber).</summary>
internal static partial class Log
{
    [LoggerMessage(6001, LogLevel.Debug, "Loaded {PlanCount} plans and {ActivityCount} activities from {ContentRoot} with {ErrorCount} errors")]
    public static partial void PlansLoaded(this ILogger logger, int planCount, int activityCount, string contentRoot, int errorCount);

    [LoggerMessage(6002, LogLevel.Warning, "Không đọc được tệp {FilePath}")]
    public static partial void PlanFileUnreadable(this ILogger logger, Exception exception, string filePath);

    [LoggerMessage(6010, LogLevel.Warning, "Kế hoạch {PlanId}: chỉ tiêu \"{Target}\" đang chậm: đạt {Done}, cần đạt đến nay {Expected} (cả kỳ {Required})")]
    public static partial void TargetBehind(this ILogger logger, string planId, string target, int done, int expected, int required);

    [LoggerMessage(6011, LogLevel.Warning, "Kế hoạch {PlanId}: nhiệm vụ {TaskId} ({TaskName}) chưa có tin, bài hay hoạt động nào")]
    public static partial void TaskWithoutOutput(this ILogger logger, string planId, string taskId, string taskName);

    [LoggerMessage(6012, LogLevel.Information, "Kế hoạch {PlanId}: mọi chỉ tiêu đều đạt tiến độ tính đến {AsOf}")]
    public static partial void PlanOnTrack(this ILogger logger, string planId, string asOf);

    [LoggerMessage(6013, LogLevel.Warning, "Kiểm tra tiến độ kế hoạch: nội dung kế hoạch có {ErrorCount} lỗi; chạy \"validate\" để xem chi tiết")]
    public static partial void PlanContentErrors(this ILogger logger, int errorCount);

    [LoggerMessage(6014, LogLevel.Information, "Kiểm tra tiến độ kế hoạch: không có kế hoạch nào trong thư mục nội dung")]
    public static partial void NoPlan(this ILogger logger);

    [LoggerMessage(6020, LogLevel.Warning, "Sắp đến hạn báo cáo: {Report} {Period} (kế hoạch {PlanId}) hạn gửi {DueDate}, còn {DaysLeft} ngày; nơi nhận: {Recipients}. Lập báo cáo: plan report --plan {PlanId} --period {PeriodOption}")]
    public static partial void ReportDueSoon(this ILogger logger, string report, string period, string planId, string dueDate, int daysLeft, string recipients, string periodOption);
}
