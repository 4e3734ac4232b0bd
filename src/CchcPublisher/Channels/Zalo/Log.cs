using Microsoft.Extensions.Logging;

namespace CchcPublisher.Channels.Zalo;

/// <summary>Zalo channel log messages (event ids 42xx). Never pass a token, secret or code to these.</summary>
internal static partial class Log
{
    [LoggerMessage(4200, LogLevel.Information, "Zalo (hộp thư đi): đã ghi {FileName} cho bài {ArticleId}")]
    public static partial void ZaloOutboxWritten(this ILogger logger, string fileName, string articleId);

    [LoggerMessage(4201, LogLevel.Warning, "Zalo từ chối bài {ArticleId}, mã lỗi {ErrorCode}: {ZaloMessage}")]
    public static partial void ZaloRejected(this ILogger logger, string articleId, int errorCode, string? zaloMessage);

    [LoggerMessage(4202, LogLevel.Information, "Zalo (hộp thư đi): bài {ArticleId} đã có trong hộp thư đi ({FileName})")]
    public static partial void ZaloOutboxAlreadyWritten(this ILogger logger, string articleId, string fileName);

    [LoggerMessage(4203, LogLevel.Information, "Zalo: bài {ArticleId} là bài {ZaloArticleId} trên OA (cập nhật: {IsUpdate})")]
    public static partial void ZaloPublished(this ILogger logger, string articleId, string zaloArticleId, bool isUpdate);

    [LoggerMessage(4204, LogLevel.Warning, "Zalo: chưa rõ kết quả gửi bài {ArticleId} ({Detail}); sẽ đối chiếu trước khi gửi lại")]
    public static partial void ZaloOutcomeUnknown(this ILogger logger, string articleId, string? detail);

    [LoggerMessage(4205, LogLevel.Information, "Zalo: đối chiếu thấy bài {ArticleId} đã có trên OA ({ZaloArticleId})")]
    public static partial void ZaloReconciled(this ILogger logger, string articleId, string zaloArticleId);

    [LoggerMessage(4210, LogLevel.Information, "Zalo: đã làm mới mã truy cập; dùng được đến {ExpiresAt}")]
    public static partial void ZaloTokenRefreshed(this ILogger logger, DateTimeOffset expiresAt);

    [LoggerMessage(4211, LogLevel.Error, "Zalo: không làm mới được mã truy cập (lỗi {ErrorCode}, HTTP {StatusCode}, {ErrorName}); quản trị viên OA cần cấp quyền lại")]
    public static partial void ZaloTokenRefreshRejected(this ILogger logger, int? errorCode, int? statusCode, string? errorName);

    [LoggerMessage(4212, LogLevel.Warning, "Zalo: chưa gửi được yêu cầu làm mới mã truy cập ({Detail})")]
    public static partial void ZaloTokenRefreshNotSent(this ILogger logger, string? detail);

    [LoggerMessage(4213, LogLevel.Warning, "Zalo: chưa rõ kết quả làm mới mã truy cập ({Detail}); mã làm mới có thể đã bị dùng")]
    public static partial void ZaloTokenRefreshUnknown(this ILogger logger, string? detail);

    [LoggerMessage(4214, LogLevel.Critical, "Zalo: không lưu được mã truy cập mới vào {Path} ({ErrorType}); tạm giữ trong bộ nhớ và dừng đăng lên Zalo")]
    public static partial void ZaloTokenSaveFailed(this ILogger logger, string path, string errorType);

    [LoggerMessage(4215, LogLevel.Information, "Zalo: cấu hình có mã làm mới mới; dùng mã này thay mã đã lưu")]
    public static partial void ZaloNewSeedToken(this ILogger logger);

    [LoggerMessage(4216, LogLevel.Information, "Zalo: {Path} báo lỗi {ErrorCode} (mã truy cập); làm mới mã và thử lại một lần")]
    public static partial void ZaloTokenRejected(this ILogger logger, string path, int errorCode);

    [LoggerMessage(4217, LogLevel.Warning, "Zalo: không đọc được câu trả lời của {Path} (HTTP {StatusCode})")]
    public static partial void ZaloUnreadableAnswer(this ILogger logger, string path, int? statusCode);

    [LoggerMessage(4218, LogLevel.Error, "Zalo: không đọc, ghi được thư mục lưu mã truy cập {Path} ({ErrorType})")]
    public static partial void ZaloTokenStoreUnavailable(this ILogger logger, string path, string errorType);

    [LoggerMessage(4219, LogLevel.Error, "Zalo (hộp thư đi): không ghi được tệp cho bài {ArticleId} ({ErrorType})")]
    public static partial void ZaloOutboxWriteFailed(this ILogger logger, string articleId, string errorType);

    [LoggerMessage(4223, LogLevel.Warning, "Zalo: không ghi được sổ gửi tin {Path} ({ErrorType}); chưa gửi tin quảng bá bài {ArticleId}")]
    public static partial void ZaloBroadcastRecordFailed(this ILogger logger, string path, string articleId, string errorType);

    [LoggerMessage(4220, LogLevel.Information, "Zalo: đã gửi tin quảng bá bài {ArticleId} (tin {MessageId})")]
    public static partial void ZaloBroadcastSent(this ILogger logger, string articleId, string? messageId);

    [LoggerMessage(4221, LogLevel.Warning, "Zalo: gửi tin quảng bá bài {ArticleId} thất bại ({Status}, lỗi {ErrorCode}: {Detail}); không gửi lại")]
    public static partial void ZaloBroadcastFailed(this ILogger logger, string articleId, string status, int? errorCode, string? detail);

    [LoggerMessage(4222, LogLevel.Information, "Zalo: không gửi tin quảng bá bài {ArticleId} vì hôm nay đã gửi đủ {MaxPerDay} tin")]
    public static partial void ZaloBroadcastSkipped(this ILogger logger, string articleId, int maxPerDay);
}
