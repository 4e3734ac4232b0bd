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

    [LoggerMessage(4203, LogLevel.Information, "Zalo: article {ArticleId} is OA article {ZaloArticleId} (update: {IsUpdate})")]
    public static partial void ZaloPublished(this ILogger logger, string articleId, string zaloArticleId, bool isUpdate);

    [LoggerMessage(4204, LogLevel.Warning, "Zalo: outcome of {ArticleId} is unknown ({Detail}); it will be reconciled before any resend")]
    public static partial void ZaloOutcomeUnknown(this ILogger logger, string articleId, string? detail);

    [LoggerMessage(4205, LogLevel.Information, "Zalo: reconcile found article {ArticleId} as OA article {ZaloArticleId}")]
    public static partial void ZaloReconciled(this ILogger logger, string articleId, string zaloArticleId);

    [LoggerMessage(4210, LogLevel.Information, "Zalo: access token refreshed; valid until {ExpiresAt}")]
    public static partial void ZaloTokenRefreshed(this ILogger logger, DateTimeOffset expiresAt);

    [LoggerMessage(4211, LogLevel.Error, "Zalo: token refresh refused (error {ErrorCode}, HTTP {StatusCode}, {ErrorName}); the OA admin must authorise again")]
    public static partial void ZaloTokenRefreshRejected(this ILogger logger, int? errorCode, int? statusCode, string? errorName);

    [LoggerMessage(4212, LogLevel.Warning, "Zalo: token refresh not sent ({Detail})")]
    public static partial void ZaloTokenRefreshNotSent(this ILogger logger, string? detail);

    [LoggerMessage(4213, LogLevel.Warning, "Zalo: token refresh outcome unknown ({Detail}); the refresh token may have been used")]
    public static partial void ZaloTokenRefreshUnknown(this ILogger logger, string? detail);

    [LoggerMessage(4214, LogLevel.Critical, "Zalo: could not save the rotated tokens to {Path} ({ErrorType}); kept in memory, publishing paused")]
    public static partial void ZaloTokenSaveFailed(this ILogger logger, string path, string errorType);

    [LoggerMessage(4215, LogLevel.Information, "Zalo: a new refresh token was configured; it replaces the stored one")]
    public static partial void ZaloNewSeedToken(this ILogger logger);

    [LoggerMessage(4216, LogLevel.Information, "Zalo: {Path} answered error {ErrorCode} (token); refreshing the token and retrying once")]
    public static partial void ZaloTokenRejected(this ILogger logger, string path, int errorCode);

    [LoggerMessage(4217, LogLevel.Warning, "Zalo: unreadable answer from {Path} (HTTP {StatusCode})")]
    public static partial void ZaloUnreadableAnswer(this ILogger logger, string path, int? statusCode);

    [LoggerMessage(4218, LogLevel.Error, "Zalo: the token folder {Path} cannot be read or written ({ErrorType})")]
    public static partial void ZaloTokenStoreUnavailable(this ILogger logger, string path, string errorType);

    [LoggerMessage(4219, LogLevel.Error, "Zalo outbox: could not write the outbox file for {ArticleId} ({ErrorType})")]
    public static partial void ZaloOutboxWriteFailed(this ILogger logger, string articleId, string errorType);

    [LoggerMessage(4223, LogLevel.Warning, "Zalo: broadcast record {Path} cannot be written ({ErrorType}); broadcast of {ArticleId} not sent")]
    public static partial void ZaloBroadcastRecordFailed(this ILogger logger, string path, string articleId, string errorType);

    [LoggerMessage(4220, LogLevel.Information, "Zalo: broadcast of {ArticleId} accepted (message {MessageId})")]
    public static partial void ZaloBroadcastSent(this ILogger logger, string articleId, string? messageId);

    [LoggerMessage(4221, LogLevel.Warning, "Zalo: broadcast of {ArticleId} failed ({Status}, error {ErrorCode}: {Detail}); not retried")]
    public static partial void ZaloBroadcastFailed(this ILogger logger, string articleId, string status, int? errorCode, string? detail);

    [LoggerMessage(4222, LogLevel.Information, "Zalo: broadcast of {ArticleId} skipped, {MaxPerDay} already sent today")]
    public static partial void ZaloBroadcastSkipped(this ILogger logger, string articleId, int maxPerDay);
}
