namespace CchcPublisher.Channels.Facebook;

/// <summary>Body of <c>POST /{page-id}/feed</c>.</summary>
internal sealed record FacebookFeedBody(string Message, string? Link, bool Published);
