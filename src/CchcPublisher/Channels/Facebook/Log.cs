using Microsoft.Extensions.Logging;

namespace CchcPublisher.Channels.Facebook;

/// <summary>Facebook channel log messages (event ids 43xx). Never pass a token to these.</summary>
internal static partial class Log
{
    [LoggerMessage(4300, LogLevel.Information, "Facebook outbox: wrote {FileName} for article {ArticleId}")]
    public static partial void FacebookOutboxWritten(this ILogger logger, string fileName, string articleId);

    [LoggerMessage(4302, LogLevel.Information, "Facebook outbox: article {ArticleId} is already in the outbox as {FileName}")]
    public static partial void FacebookOutboxAlreadyWritten(this ILogger logger, string articleId, string fileName);
}
