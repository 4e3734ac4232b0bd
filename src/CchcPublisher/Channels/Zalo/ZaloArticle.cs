namespace CchcPublisher.Channels.Zalo;

/// <summary>An article rendered for Zalo, within Zalo's limits, shared by the outbox and API modes.</summary>
/// <param name="Title">At most <see cref="ZaloArticleRenderer.MaxTitle"/> characters.</param>
/// <param name="Author">At most <see cref="ZaloArticleRenderer.MaxAuthor"/> characters.</param>
/// <param name="Description">Plain text, at most <see cref="ZaloArticleRenderer.MaxDescription"/> characters.</param>
/// <param name="CoverUrl">Public URL of the cover photo; <c>null</c> when there is none (Zalo would refuse).</param>
/// <param name="Body">Text blocks (simple HTML) and image blocks.</param>
/// <param name="Problems">Vietnamese, for the official: what the real API would refuse. Empty when sendable.</param>
internal sealed record ZaloArticle(
    string Title,
    string Author,
    string Description,
    Uri? CoverUrl,
    IReadOnlyList<ZaloBodyBlock> Body,
    IReadOnlyList<string> Problems);
