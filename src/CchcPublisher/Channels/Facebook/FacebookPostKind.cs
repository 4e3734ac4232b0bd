namespace CchcPublisher.Channels.Facebook;

internal enum FacebookPostKind
{
    /// <summary><c>POST /{page-id}/feed</c> with <c>message</c> and, when known, <c>link</c>.</summary>
    Feed,

    /// <summary><c>POST /{page-id}/photos</c> with the cover's <c>url</c> and the text as <c>caption</c>.</summary>
    Photo,
}
