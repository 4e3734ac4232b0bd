using Microsoft.Extensions.Logging;

namespace CchcPublisher.Channels.Facebook;

/// <summary>Facebook channel log messages (event ids 43xx). Never pass a token to these.</summary>
internal static partial class Log
{
    [LoggerMessage(4300, LogLevel.Information, "Facebook outbox: wrote {FileName} for article {ArticleId}")]
    public static partial void FacebookOutboxWritten(this ILogger logger, string fileName, string articleId);

    [LoggerMessage(4308, LogLevel.Error, "Facebook outbox: could not write the outbox file for {ArticleId} ({ErrorType})")]
    public static partial void FacebookOutboxWriteFailed(this ILogger logger, string articleId, string errorType);

    [LoggerMessage(4301, LogLevel.Information, "Facebook: article {ArticleId} posted as {PostId} ({Kind})")]
    public static partial void FacebookPublished(this ILogger logger, string articleId, string postId, string kind);

    [LoggerMessage(4302, LogLevel.Information, "Facebook outbox: article {ArticleId} is already in the outbox as {FileName}")]
    public static partial void FacebookOutboxAlreadyWritten(this ILogger logger, string articleId, string fileName);

    [LoggerMessage(4303, LogLevel.Warning, "Facebook: {Path} answered error {ErrorCode}/{ErrorSubcode} (fbtrace {FbTraceId})")]
    public static partial void FacebookGraphError(this ILogger logger, string path, int errorCode, int? errorSubcode, string? fbTraceId);

    [LoggerMessage(4304, LogLevel.Warning, "Facebook: outcome of {ArticleId} is unknown ({Detail}); it will be reconciled before any resend")]
    public static partial void FacebookOutcomeUnknown(this ILogger logger, string articleId, string? detail);

    [LoggerMessage(4305, LogLevel.Information, "Facebook: reconcile found article {ArticleId} as post {PostId}")]
    public static partial void FacebookReconciled(this ILogger logger, string articleId, string postId);

    [LoggerMessage(4306, LogLevel.Warning, "Facebook: API usage at {Percent}%; calls are paused")]
    public static partial void FacebookUsageHigh(this ILogger logger, int percent);

    [LoggerMessage(4307, LogLevel.Warning, "Facebook: unreadable answer from {Path} (HTTP {StatusCode})")]
    public static partial void FacebookUnreadableAnswer(this ILogger logger, string path, int? statusCode);
}
