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

    [LoggerMessage(8004, LogLevel.Information, "Bảng điều khiển: đã khởi động phần web cho lần mở đầu tiên ({Milliseconds} ms).")]
    public static partial void ConsoleAppStarted(this ILogger logger, long milliseconds);

    [LoggerMessage(8005, LogLevel.Error, "Không khởi động được phần web của bảng điều khiển; sẽ thử lại ở lần mở sau. Dịch vụ vẫn đăng bài bình thường.")]
    public static partial void ConsoleAppFailed(this ILogger logger, Exception exception);

    [LoggerMessage(8006, LogLevel.Error, "Bảng điều khiển ngừng nhận kết nối vì lỗi mạng. Dịch vụ vẫn đăng bài bình thường; khởi động lại dịch vụ để dùng lại bảng điều khiển.")]
    public static partial void ConsoleAcceptFailed(this ILogger logger, Exception exception);
}
