using Microsoft.Extensions.Logging;

namespace CchcPublisher.Publishing;

/// <summary>Publishing log messages (event ids 21xx). User-facing lines are Vietnamese: officials read them.</summary>
internal static partial class Log
{
    [LoggerMessage(2101, LogLevel.Information, "Đã đăng \"{Title}\" lên {Channel}: {Url}")]
    public static partial void Published(this ILogger logger, string title, string channel, string? url);

    [LoggerMessage(2102, LogLevel.Information, "Đã cập nhật \"{Title}\" trên {Channel}: {Url}")]
    public static partial void Updated(this ILogger logger, string title, string channel, string? url);

    [LoggerMessage(2103, LogLevel.Warning, "Đăng \"{Title}\" lên {Channel} thất bại (lần {Attempt}): {Error}")]
    public static partial void PublishFailed(this ILogger logger, string title, string channel, int attempt, string? error);

    [LoggerMessage(2104, LogLevel.Warning, "Chưa rõ kết quả đăng \"{Title}\" lên {Channel}: {Error}. Sẽ đối chiếu trước khi gửi lại.")]
    public static partial void PublishUnknown(this ILogger logger, string title, string channel, string? error);

    [LoggerMessage(2105, LogLevel.Warning, "Bỏ lỡ \"{Title}\" trên {Channel} (đến hạn {DueAt}): {Reason}")]
    public static partial void Missed(this ILogger logger, string title, string channel, string dueAt, string? reason);

    [LoggerMessage(2106, LogLevel.Information, "Đối chiếu: \"{Title}\" đã có trên {Channel} ({Url}); không gửi lại.")]
    public static partial void Reconciled(this ILogger logger, string title, string channel, string? url);

    [LoggerMessage(2107, LogLevel.Warning, "\"{Title}\" đã được sửa sau khi đăng lên {Channel}; kênh này không cập nhật bài đã đăng.")]
    public static partial void ChangedAfterPublishing(this ILogger logger, string title, string channel);

    [LoggerMessage(2108, LogLevel.Information, "Bỏ qua \"{Title}\" trên {Channel}: {Reason}")]
    public static partial void Skipped(this ILogger logger, string title, string channel, string? reason);

    [LoggerMessage(2109, LogLevel.Warning, "Nội dung có lỗi: {Diagnostic}")]
    public static partial void ContentProblem(this ILogger logger, string diagnostic);

    [LoggerMessage(2110, LogLevel.Error, "Kênh {Channel} gặp lỗi không mong đợi khi xử lý \"{Title}\"")]
    public static partial void ChannelCrashed(this ILogger logger, Exception exception, string channel, string title);

    [LoggerMessage(2111, LogLevel.Information, "\"{Title}\" đã chuẩn bị cho {Channel} ({RemoteId}); chờ đăng thủ công và xác nhận")]
    public static partial void AwaitingManual(this ILogger logger, string title, string channel, string? remoteId);

    [LoggerMessage(2112, LogLevel.Information, "\"{Title}\" chưa thấy trên {Channel}, nhưng lần gửi trước có thể vẫn đang được xử lý; sẽ đối chiếu lại sau.")]
    public static partial void ClaimStillInFlight(this ILogger logger, string title, string channel);

    [LoggerMessage(2119, LogLevel.Debug, "Publishing batch ended after {Done} articles; {Left} left for the next batch (new work first)")]
    public static partial void BatchEnded(this ILogger logger, int done, int left);

    [LoggerMessage(2120, LogLevel.Information, "Đã gỡ \"{Title}\" khỏi {Channel} ({Where})")]
    public static partial void Withdrawn(this ILogger logger, string title, string channel, string where);

    [LoggerMessage(2121, LogLevel.Warning, "Chưa gỡ được \"{Title}\" khỏi {Channel}: {Error}")]
    public static partial void WithdrawFailed(this ILogger logger, string title, string channel, string error);

    [LoggerMessage(2122, LogLevel.Error, "Không dựng lại được {Channel}; sẽ thử lại ở lần chạy sau")]
    public static partial void RebuildFailed(this ILogger logger, Exception exception, string channel);

    [LoggerMessage(2123, LogLevel.Debug, "Publishing run finished in {ElapsedMs:0} ms over {Articles} articles: {Reports} outcomes, {Batches} batches")]
    public static partial void RunFinished(this ILogger logger, double elapsedMs, int articles, int reports, int batches);

    [LoggerMessage(2124, LogLevel.Information, "Bài \"{Title}\" ({RelativePath}) vừa được sửa trong lúc đăng; sẽ đăng bản mới")]
    public static partial void EditedDuringRun(this ILogger logger, string title, string relativePath);
}
