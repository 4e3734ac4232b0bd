namespace CchcPublisher.Channels.Zalo;

/// <summary>
/// Body of <c>POST /v2.0/article/create</c> (and of <c>article/update</c>, which adds <see cref="Id"/>), serialized
/// with snake_case names.
/// </summary>
internal sealed record ZaloArticleBody(
    string? Id,
    string Type,
    string Title,
    string Author,
    string Description,
    ZaloCover? Cover,
    IReadOnlyList<ZaloBodyBlock> Body,
    string Status,
    string Comment);
