namespace CchcPublisher.Preview;

/// <summary>What one channel would receive for one article, rendered into the preview folder.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Title">Its title.</param>
/// <param name="Channel">One of <see cref="Channels.ChannelNames"/>.</param>
/// <param name="Path">The file (or folder) to open, or null when rendering failed.</param>
/// <param name="Note">A Vietnamese note (a failure, or why no audio was made), or null.</param>
internal sealed record PreviewItem(string ArticleId, string Title, string Channel, string? Path, string? Note);
