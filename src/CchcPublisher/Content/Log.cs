using Microsoft.Extensions.Logging;

namespace CchcPublisher.Content;

/// <summary>Content log messages (event ids 1xxx; never renumber).</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Debug, "Loaded {ArticleCount} articles from {ContentRoot} with {ErrorCount} errors and {WarningCount} warnings in {ElapsedMilliseconds} ms")]
    public static partial void ContentLoaded(this ILogger logger, int articleCount, string contentRoot, int errorCount, int warningCount, long elapsedMilliseconds);

    [LoggerMessage(1002, LogLevel.Warning, "Không có thư mục bài viết {ArticlesRoot}")]
    public static partial void ArticlesFolderMissing(this ILogger logger, string articlesRoot);

    [LoggerMessage(1003, LogLevel.Debug, "Category taxonomy from {CategoriesFile}: {CategoryCount} categories")]
    public static partial void CategoriesFileRead(this ILogger logger, string categoriesFile, int categoryCount);

    [LoggerMessage(1004, LogLevel.Warning, "Không đọc được tệp {FilePath}")]
    public static partial void FileUnreadable(this ILogger logger, Exception exception, string filePath);

    [LoggerMessage(1005, LogLevel.Information, "Tệp {FilePath} đã thay đổi sau khi đọc danh sách bài; bài này sẽ được đọc lại ở lần chạy sau")]
    public static partial void BodyChanged(this ILogger logger, string filePath);

    [LoggerMessage(1006, LogLevel.Debug, "Could not write the article index {IndexPath}; the next process parses every article again")]
    public static partial void IndexNotWritten(this ILogger logger, string indexPath);
}
