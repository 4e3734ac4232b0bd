namespace CchcPublisher.Channels.Facebook;

/// <summary>Body of <c>POST /{page-id}/photos</c>.</summary>
internal sealed record FacebookPhotoBody(string Url, string Caption, bool Published);
