namespace CchcPublisher.Channels.Facebook;

/// <summary>An article rendered for the Page, shared by the outbox and API modes.</summary>
/// <param name="Kind">Link/text post on the feed, or photo post.</param>
/// <param name="Message">Plain text and hashtags (no visible marker), within the length limit.</param>
/// <param name="Link">The article on the website, when the website published it first.</param>
/// <param name="PhotoUrl">Public URL of the cover, for photo posts.</param>
internal sealed record FacebookPost(FacebookPostKind Kind, string Message, Uri? Link, Uri? PhotoUrl);
