namespace CchcPublisher.Content.Editing;

/// <summary>An earlier version of an article file kept by <see cref="ArticleFileStore"/>.</summary>
/// <param name="Name">File name without extension (the UTC time it was replaced, <c>yyyyMMddTHHmmssfffZ</c>).</param>
internal sealed record ArticleVersion(string Name, DateTimeOffset SavedAt);
