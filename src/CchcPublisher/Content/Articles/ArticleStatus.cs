namespace CchcPublisher.Content.Articles;

internal enum ArticleStatus
{
    /// <summary>Publish when due (the default).</summary>
    Ready,

    /// <summary>Never published; validated like any other article.</summary>
    Draft,
}
