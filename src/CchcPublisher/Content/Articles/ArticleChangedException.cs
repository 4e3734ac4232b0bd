namespace CchcPublisher.Content.Articles;

/// <summary>
/// An article's body was read from its file after the listing, and the file no longer holds the version listed (it was
/// edited, moved or deleted in between). Whoever lists the folder again sees the new version.
/// </summary>
internal sealed class ArticleChangedException : Exception
{
    public ArticleChangedException()
    {
    }

    public ArticleChangedException(string message)
        : base(message)
    {
    }

    public ArticleChangedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The file the article was read from.</summary>
    public string? SourcePath { get; init; }
}
