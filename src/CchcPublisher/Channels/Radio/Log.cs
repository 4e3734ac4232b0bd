using Microsoft.Extensions.Logging;

namespace CchcPublisher.Channels.Radio;

/// <summary>Radio channel log messages: event ids 44xx.</summary>
internal static partial class Log
{
    [LoggerMessage(4401, LogLevel.Debug, "Radio script for {ArticleId} written to {Path} (about {Duration} to read)")]
    public static partial void RadioScriptWritten(this ILogger logger, string articleId, string path, TimeSpan duration);

    [LoggerMessage(4402, LogLevel.Warning, "Không ghi được kịch bản phát thanh của bài {ArticleId} vào {Path}")]
    public static partial void RadioScriptFailed(this ILogger logger, Exception exception, string articleId, string path);

    [LoggerMessage(4403, LogLevel.Information, "Đã lập chương trình phát thanh {ProgramId}: {Items} tin, {Carried} tin chuyển buổi sau, dài khoảng {Duration}, trong thư mục {Folder}")]
    public static partial void RadioProgramPrepared(this ILogger logger, string programId, int items, int carried, TimeSpan duration, string folder);

    [LoggerMessage(4404, LogLevel.Information, "Chương trình phát thanh {ProgramId} không có tin nào vừa thời lượng ({Carried} tin chuyển buổi sau); không ghi tệp nào")]
    public static partial void RadioProgramEmpty(this ILogger logger, string programId, int carried);

    [LoggerMessage(4405, LogLevel.Warning, "Bài {ArticleId} đến lượt phát trong {ProgramId} nhưng không còn trong thư mục nội dung (đã xóa, là bản nháp hoặc có lỗi)")]
    public static partial void RadioProgramArticleMissing(this ILogger logger, string articleId, string programId);

    [LoggerMessage(4406, LogLevel.Information, "Chương trình phát thanh {ProgramId} không có tệp âm thanh: {Reason}")]
    public static partial void RadioAudioSkipped(this ILogger logger, string programId, string reason);

    [LoggerMessage(4407, LogLevel.Warning, "Không tạo được âm thanh cho chương trình phát thanh {ProgramId} bằng {Engine}")]
    public static partial void RadioAudioFailed(this ILogger logger, Exception exception, string programId, string engine);
}
