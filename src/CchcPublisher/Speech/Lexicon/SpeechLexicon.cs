namespace CchcPublisher.Speech.Lexicon;

/// <summary>
/// The words the normalizer needs that are not rules: abbreviations, the parts of document symbols, and web
/// sites said by name. Built from the embedded <c>lexicon.yaml</c>, extended by
/// <c>content/radio/abbreviations.yaml</c>.
/// </summary>
/// <param name="Abbreviations">Written form → spoken form, case-sensitive (UBND → Ủy ban nhân dân).</param>
/// <param name="DocumentTypes">Type part of a document symbol (NQ → Nghị quyết).</param>
/// <param name="Issuers">Issuer part of a document symbol (CP → Chính phủ).</param>
/// <param name="Sites">Host name → spoken name (dichvucong.gov.vn → Cổng Dịch vụ công quốc gia).</param>
internal sealed record SpeechLexicon(
    IReadOnlyDictionary<string, string> Abbreviations,
    IReadOnlyDictionary<string, string> DocumentTypes,
    IReadOnlyDictionary<string, string> Issuers,
    IReadOnlyDictionary<string, string> Sites)
{
    public static SpeechLexicon Empty { get; } = new(
        new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, string>());

    /// <summary>This lexicon with <paramref name="other"/>'s entries added, replacing entries with the same key.</summary>
    public SpeechLexicon Merge(SpeechLexicon other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            MergeMaps(Abbreviations, other.Abbreviations, StringComparer.Ordinal),
            MergeMaps(DocumentTypes, other.DocumentTypes, StringComparer.Ordinal),
            MergeMaps(Issuers, other.Issuers, StringComparer.Ordinal),
            MergeMaps(Sites, other.Sites, StringComparer.OrdinalIgnoreCase));
    }

    private static Dictionary<string, string> MergeMaps(
        IReadOnlyDictionary<string, string> first, IReadOnlyDictionary<string, string> second, StringComparer comparer)
    {
        var merged = new Dictionary<string, string>(first, comparer);
        foreach (var (key, value) in second)
        {
            merged[key] = value;
        }

        return merged;
    }
}
