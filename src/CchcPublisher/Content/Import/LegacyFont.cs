namespace CchcPublisher.Content.Import;

/// <summary>
/// What a font name says about the bytes typed in it. TCVN3 fonts come in pairs: <c>.VnTime</c> holds lower-case
/// letters and <c>.VnTimeH</c> ("hoa") shows the very same codes as capitals, so a run in an H font is upper case.
/// </summary>
internal sealed record LegacyFont(LegacyEncoding Encoding, bool UpperCase)
{
    public static LegacyFont Unicode { get; } = new(LegacyEncoding.None, UpperCase: false);

    /// <summary>The encoding a font name implies; <see cref="Unicode"/> for every other font, and for none.</summary>
    public static LegacyFont FromFontName(string? fontName)
    {
        if (string.IsNullOrWhiteSpace(fontName))
        {
            return Unicode;
        }

        var name = fontName.Trim();
        if (name.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase))
        {
            // ".VnTimeH", ".VnArialH", ".VnCentury SchoolbookH", ".VnTimeH Bold"...: the family name ends in H.
            var family = name.Split(' ', StringSplitOptions.RemoveEmptyEntries) switch
            {
                [var first, ..] when first.Length > 1 && first.EndsWith('H') => first,
                var words => string.Join(' ', words.Where(w => !IsStyleWord(w))),
            };
            return new LegacyFont(LegacyEncoding.Tcvn3, UpperCase: family.EndsWith('H'));
        }

        return name.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VNI ", StringComparison.OrdinalIgnoreCase)
            ? new LegacyFont(LegacyEncoding.Vni, UpperCase: false)
            : Unicode;
    }

    private static bool IsStyleWord(string word) =>
        word.Equals("Bold", StringComparison.OrdinalIgnoreCase) || word.Equals("Italic", StringComparison.OrdinalIgnoreCase);
}
