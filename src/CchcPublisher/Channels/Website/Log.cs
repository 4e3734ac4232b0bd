using Microsoft.Extensions.Logging;

namespace CchcPublisher.Channels.Website;

/// <summary>
/// Log messages of the website channel: event ids 4100–4199 (static 41xx below 4150, WordPress from 4150).
/// Successful writes are Debug: the publisher already logs one line per publication.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(4101, LogLevel.Debug, "Website page written for {ArticleId} at {Page}")]
    public static partial void StaticPageWritten(this ILogger logger, string articleId, string page);

    [LoggerMessage(4102, LogLevel.Debug, "Website page of {ArticleId} updated in place at {Page}")]
    public static partial void StaticPageUpdated(this ILogger logger, string articleId, string page);

    [LoggerMessage(4103, LogLevel.Error, "Tệp danh sách bài của trang web trong {SiteRoot} bị hỏng")]
    public static partial void StaticManifestDamaged(this ILogger logger, string siteRoot, Exception exception);

    [LoggerMessage(4104, LogLevel.Error, "Không ghi được trang web trong {SiteRoot} cho bài {ArticleId}")]
    public static partial void StaticWriteFailed(this ILogger logger, string siteRoot, string articleId, Exception exception);

    [LoggerMessage(4105, LogLevel.Warning, "Ảnh bìa {Cover} của bài {ArticleId} không phải ảnh dùng được trên web (jpg, png, gif, webp, avif); trang được đăng không có ảnh bìa")]
    public static partial void StaticCoverSkipped(this ILogger logger, string cover, string articleId);

    [LoggerMessage(4106, LogLevel.Information, "Địa chỉ {Slug} đã thuộc về bài {Owner}; bài {ArticleId} dùng địa chỉ {Chosen}")]
    public static partial void StaticSlugCollision(this ILogger logger, string slug, string owner, string articleId, string chosen);

    [LoggerMessage(4107, LogLevel.Warning, "Ảnh {Image} trong bài {ArticleId} không tìm thấy hoặc không phải ảnh dùng được trên web (jpg, png, gif, webp, avif); không chép lên trang web")]
    public static partial void StaticImageSkipped(this ILogger logger, string image, string articleId);

    [LoggerMessage(4151, LogLevel.Debug, "WordPress post {PostId} created for {ArticleId}")]
    public static partial void WordPressPostCreated(this ILogger logger, int postId, string articleId);

    [LoggerMessage(4152, LogLevel.Debug, "WordPress post {PostId} updated for {ArticleId}")]
    public static partial void WordPressPostUpdated(this ILogger logger, int postId, string articleId);

    [LoggerMessage(4153, LogLevel.Warning, "WordPress call {Method} {Route} failed: {Kind} {Status} {Code}")]
    public static partial void WordPressCallFailed(this ILogger logger, string method, string route, WordPressFailureKind kind, int? status, string? code);

    [LoggerMessage(4154, LogLevel.Information, "WordPress at {BaseUrl} answers on the {Style} route form")]
    public static partial void WordPressRouteDetected(this ILogger logger, string baseUrl, WordPressRouteStyle style);

    [LoggerMessage(4155, LogLevel.Warning, "Cover {Cover} of {ArticleId} is not an image WordPress accepts (jpg, png, gif, webp); post published without it")]
    public static partial void WordPressCoverSkipped(this ILogger logger, string cover, string articleId);

    [LoggerMessage(4156, LogLevel.Information, "WordPress post {PostId} found for {ArticleId} (slug {Slug})")]
    public static partial void WordPressPostFound(this ILogger logger, int postId, string articleId, string slug);

    [LoggerMessage(4157, LogLevel.Information, "WordPress category {Slug} created with id {TermId}")]
    public static partial void WordPressCategoryCreated(this ILogger logger, string slug, int termId);

    [LoggerMessage(4158, LogLevel.Information, "WordPress media {MediaId} uploaded for {ArticleId}")]
    public static partial void WordPressMediaUploaded(this ILogger logger, int mediaId, string articleId);

    [LoggerMessage(4159, LogLevel.Information, "Đã xoá trang {Page} của bài {ArticleId} khỏi trang web")]
    public static partial void StaticPageRemoved(this ILogger logger, string articleId, string page);

    [LoggerMessage(4160, LogLevel.Information, "Đã chuyển bài WordPress {PostId} ({ArticleId}) vào thùng rác")]
    public static partial void WordPressTrashed(this ILogger logger, string postId, string articleId);

    [LoggerMessage(4161, LogLevel.Warning, "Đã dựng lại trang web trong {Root} từ sổ theo dõi: {Count} bài")]
    public static partial void StaticSiteRebuilt(this ILogger logger, string root, int count);
}
