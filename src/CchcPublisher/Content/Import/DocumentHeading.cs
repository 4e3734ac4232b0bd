namespace CchcPublisher.Content.Import;

/// <summary>
/// The heading block of an administrative document (Nghị định 30/2020/NĐ-CP): the issuing body, the number and
/// symbol, and the place-and-date line. It is kept out of the article body; the importer records it in the front
/// matter (the issuing body as the author, the rest as a comment).
/// </summary>
internal sealed record DocumentHeading(string? IssuingBody, string? Number, string? PlaceAndDate);
