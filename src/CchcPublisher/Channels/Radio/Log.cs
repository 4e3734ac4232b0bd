using Microsoft.Extensions.Logging;

namespace CchcPublisher.Channels.Radio;

/// <summary>Radio channel log messages: event ids 44xx.</summary>
internal static partial class Log
{
    [LoggerMessage(4401, LogLevel.Information, "Radio script for {ArticleId} written to {Path} (about {Duration} to read)")]
    public static partial void RadioScriptWritten(this ILogger logger, string articleId, string path, TimeSpan duration);

    [LoggerMessage(4402, LogLevel.Warning, "Radio script for {ArticleId} could not be written to {Path}")]
    public static partial void RadioScriptFailed(this ILogger logger, Exception exception, string articleId, string path);
}
