namespace CchcPublisher.Content.Markdown;

/// <summary>
/// Reads an article's body from its file when a renderer first needs it (<see cref="ParsedMarkdown.OnDisk"/>), and
/// checks the file still holds the version the article was listed with.
/// </summary>
internal interface IArticleBodyReader
{
    /// <summary>
    /// The body of the file at <paramref name="path"/> when it still holds version <paramref name="hash"/> (the
    /// article's content hash); throws <see cref="Articles.ArticleChangedException"/> when it does not or cannot be read.
    /// </summary>
    string ReadBody(string path, string hash);
}
