namespace CchcPublisher.Queries;

/// <summary>One article file in the list. <paramref name="Title"/> is the file name when the file has an error.</summary>
/// <param name="Date">Its <c>publish_at</c>, else its first publication, else <c>null</c> (waits in a column).</param>
/// <param name="Errors">The file's first error messages when <paramref name="Status"/> is Broken.</param>
internal sealed record ArticleListRow(
    string RelativePath,
    string? Id,
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Channels,
    ArticleListStatus Status,
    string? PlanTask,
    string? Author,
    DateTimeOffset? Date,
    IReadOnlyList<string> PublishedOn,
    IReadOnlyList<string> Errors);
