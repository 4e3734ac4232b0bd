namespace CchcPublisher.Content.Import;

/// <summary>An image found in an imported document, saved next to the article under <see cref="FileName"/>.</summary>
internal sealed record ImportedImage(string FileName, byte[] Content);
