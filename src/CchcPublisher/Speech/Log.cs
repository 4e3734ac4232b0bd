using Microsoft.Extensions.Logging;

namespace CchcPublisher.Speech;

/// <summary>Speech log messages: event ids 5xxx.</summary>
internal static partial class Log
{
    [LoggerMessage(5001, LogLevel.Warning, "Tệp từ viết tắt có lỗi: {Diagnostic}")]
    public static partial void LexiconProblem(this ILogger logger, string diagnostic);

    [LoggerMessage(5002, LogLevel.Information, "Đã nạp {Count} từ viết tắt từ {Path}")]
    public static partial void LexiconLoaded(this ILogger logger, string path, int count);
}
