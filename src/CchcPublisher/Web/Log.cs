using Microsoft.Extensions.Logging;

namespace CchcPublisher.Web;

/// <summary>The console's log lines: event ids 8xxx.</summary>
internal static partial class Log
{
    [LoggerMessage(8001, LogLevel.Information, "Bảng điều khiển: mở {Addresses} bằng trình duyệt.")]
    public static partial void ConsoleListening(this ILogger logger, string addresses);

    [LoggerMessage(8002, LogLevel.Information, "Bảng điều khiển đang tắt (WebConsole:Enabled = false).")]
    public static partial void ConsoleDisabled(this ILogger logger);

    [LoggerMessage(8003, LogLevel.Error, "Không mở được bảng điều khiển tại {Url} (cổng đang bị chương trình khác dùng?). Dịch vụ vẫn đăng bài bình thường; đổi WebConsole:Port rồi khởi động lại để dùng bảng điều khiển.")]
    public static partial void ConsoleNotStarted(this ILogger logger, Exception exception, string url);
}
