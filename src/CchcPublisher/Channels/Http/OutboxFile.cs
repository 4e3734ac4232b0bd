namespace CchcPublisher.Channels.Http;

/// <summary>The content of one outbox file: which article, and the request the service would receive.</summary>
/// <param name="Channel">Channel name.</param>
/// <param name="ArticleId">The article's stable id.</param>
/// <param name="ContentHash">The article version.</param>
/// <param name="Title">The article's title, for people browsing the folder.</param>
/// <param name="WrittenAt">When the file was written, in the commune's time zone.</param>
/// <param name="Request">The request.</param>
/// <param name="Notes">Vietnamese notes for the official (e.g. what the real API would refuse), may be empty.</param>
internal sealed record OutboxFile(
    string Channel,
    string ArticleId,
    string ContentHash,
    string Title,
    DateTimeOffset WrittenAt,
    OutboxFileRequest Request,
    IReadOnlyList<string> Notes);
