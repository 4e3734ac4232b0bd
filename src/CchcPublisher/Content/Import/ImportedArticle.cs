namespace CchcPublisher.Content.Import;

/// <summary>A Word document read as an article: its title, Markdown body, images and what the import noticed.</summary>
/// <param name="Title">From the first heading, or the most prominent of the first paragraphs.</param>
/// <param name="Summary">The "Về việc…" line of an administrative document, when there is one.</param>
/// <param name="Body">Markdown, NFC.</param>
/// <param name="Images">Images the body refers to by <see cref="ImportedImage.FileName"/>.</param>
/// <param name="Heading">The document's heading block, when it had one.</param>
/// <param name="LegacyEncodings">Legacy encodings found and converted to Unicode.</param>
internal sealed record ImportedArticle(
    string Title,
    string? Summary,
    string Body,
    IReadOnlyList<ImportedImage> Images,
    DocumentHeading? Heading,
    IReadOnlySet<LegacyEncoding> LegacyEncodings);
