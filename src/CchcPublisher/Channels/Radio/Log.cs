using Microsoft.Extensions.Logging;

namespace CchcPublisher.Channels.Radio;

/// <summary>Radio channel log messages: event ids 44xx.</summary>
internal static partial class Log
{
    [LoggerMessage(4401, LogLevel.Debug, "Radio script for {ArticleId} written to {Path} (about {Duration} to read)")]
    public static partial void RadioScriptWritten(this ILogger logger, string articleId, string path, TimeSpan duration);

    [LoggerMessage(4402, LogLevel.Warning, "Radio script for {ArticleId} could not be written to {Path}")]
    public static partial void RadioScriptFailed(this ILogger logger, Exception exception, string articleId, string path);

    [LoggerMessage(4403, LogLevel.Information, "Radio program {ProgramId} prepared: {Items} items, {Carried} carried, about {Duration}, in {Folder}")]
    public static partial void RadioProgramPrepared(this ILogger logger, string programId, int items, int carried, TimeSpan duration, string folder);

    [LoggerMessage(4404, LogLevel.Information, "Radio program {ProgramId} has no item that fits ({Carried} carried); nothing written")]
    public static partial void RadioProgramEmpty(this ILogger logger, string programId, int carried);

    [LoggerMessage(4405, LogLevel.Warning, "Article {ArticleId} is due on the radio for {ProgramId} but is not in the content folder (removed, draft or invalid)")]
    public static partial void RadioProgramArticleMissing(this ILogger logger, string articleId, string programId);

    [LoggerMessage(4406, LogLevel.Information, "No audio for radio program {ProgramId}: {Reason}")]
    public static partial void RadioAudioSkipped(this ILogger logger, string programId, string reason);

    [LoggerMessage(4407, LogLevel.Warning, "Audio for radio program {ProgramId} failed with {Engine}")]
    public static partial void RadioAudioFailed(this ILogger logger, Exception exception, string programId, string engine);
}
