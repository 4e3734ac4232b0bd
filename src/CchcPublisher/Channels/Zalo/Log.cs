using Microsoft.Extensions.Logging;

namespace CchcPublisher.Channels.Zalo;

/// <summary>Zalo channel log messages (event ids 42xx). Never pass a token, secret or code to these.</summary>
internal static partial class Log
{
    [LoggerMessage(4200, LogLevel.Information, "Zalo outbox: wrote {FileName} for article {ArticleId}")]
    public static partial void ZaloOutboxWritten(this ILogger logger, string fileName, string articleId);

    [LoggerMessage(4201, LogLevel.Warning, "Zalo rejected {ArticleId} with error {ErrorCode}: {ZaloMessage}")]
    public static partial void ZaloRejected(this ILogger logger, string articleId, int errorCode, string? zaloMessage);

    [LoggerMessage(4202, LogLevel.Information, "Zalo outbox: article {ArticleId} is already in the outbox as {FileName}")]
    public static partial void ZaloOutboxAlreadyWritten(this ILogger logger, string articleId, string fileName);
}
