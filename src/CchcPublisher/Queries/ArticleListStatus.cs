namespace CchcPublisher.Queries;

/// <summary>Where an article stands, as the article list shows and filters it.</summary>
internal enum ArticleListStatus
{
    /// <summary><c>status: draft</c>: never published.</summary>
    Draft,

    /// <summary>Ready, not yet published on any channel.</summary>
    Waiting,

    /// <summary>Published on at least one channel.</summary>
    Published,

    /// <summary>The file has an error: no channel gets it until it is fixed.</summary>
    Broken,
}
