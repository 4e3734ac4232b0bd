using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPublisher.Content.Import;

/// <summary>
/// Resolves what Word shows for a paragraph or run when the document only says it through styles: the font (run,
/// then character style, then paragraph style and its <c>basedOn</c> chain, then the document defaults), the
/// size, the heading level and the list a paragraph belongs to.
/// </summary>
internal sealed class DocxFormatting
{
    private readonly Dictionary<string, Style> styles;
    private readonly string? defaultParagraphStyleId;
    private readonly RunPropertiesBaseStyle? defaults;
    private readonly Numbering? numbering;

    public DocxFormatting(MainDocumentPart main)
    {
        ArgumentNullException.ThrowIfNull(main);
        var styleRoot = main.StyleDefinitionsPart?.Styles;
        styles = styleRoot?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal) ?? [];
        defaultParagraphStyleId = styleRoot?.Elements<Style>()
            .FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
        defaults = styleRoot?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        numbering = main.NumberingDefinitionsPart?.Numbering;
    }

    /// <summary>The font Word uses for the non-ASCII characters of <paramref name="run"/> (where legacy bytes live).</summary>
    public string? FontOf(Run run, Paragraph? paragraph)
    {
        if (FontOf(run.RunProperties?.RunFonts) is { } direct)
        {
            return direct;
        }

        if (FromStyleChain(run.RunProperties?.RunStyle?.Val?.Value, s => FontOf(s.StyleRunProperties?.RunFonts)) is { } character)
        {
            return character;
        }

        return FromStyleChain(ParagraphStyleId(paragraph), s => FontOf(s.StyleRunProperties?.RunFonts))
            ?? FontOf(defaults?.RunFonts);
    }

    /// <summary>Font size of <paramref name="run"/> in half-points (Word's unit); 22 (11 pt) when nothing says.</summary>
    public int SizeOf(Run run, Paragraph paragraph)
    {
        if (ParseSize(run.RunProperties?.FontSize?.Val?.Value) is { } direct)
        {
            return direct;
        }

        return FromStyleChain(run.RunProperties?.RunStyle?.Val?.Value, s => ParseSize(s.StyleRunProperties?.FontSize?.Val?.Value))
            ?? FromStyleChain(ParagraphStyleId(paragraph), s => ParseSize(s.StyleRunProperties?.FontSize?.Val?.Value))
            ?? ParseSize(defaults?.FontSize?.Val?.Value)
            ?? 22;
    }

    /// <summary>1 for "heading 1" (or outline level 0), 0 for the Title style, null for body text.</summary>
    public int? HeadingLevelOf(Paragraph paragraph)
    {
        if (paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } directLevel)
        {
            return directLevel < 9 ? directLevel + 1 : null;
        }

        return FromStyleChain(ParagraphStyleId(paragraph), HeadingLevelOfStyle);
    }

    /// <summary>The list a paragraph is an item of: its nesting level and whether it is numbered or bulleted.</summary>
    public (int Level, bool Ordered)? ListItemOf(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties
            ?? FromStyleChain(ParagraphStyleId(paragraph), s => s.StyleParagraphProperties?.NumberingProperties);
        if (properties?.NumberingId?.Val?.Value is not { } numberingId || numberingId == 0)
        {
            return null;
        }

        var level = properties.NumberingLevelReference?.Val?.Value ?? 0;
        var instance = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberingId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var definition = numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        var format = definition?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level)?.NumberingFormat?.Val;
        var ordered = format is not null && format.Value != NumberFormatValues.Bullet && format.Value != NumberFormatValues.None;
        return (Math.Clamp(level, 0, 8), ordered);
    }

    private string? ParagraphStyleId(Paragraph? paragraph) =>
        paragraph?.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? defaultParagraphStyleId;

    private static int? HeadingLevelOfStyle(Style style)
    {
        var name = style.StyleName?.Val?.Value?.Trim() ?? string.Empty;
        if (name.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(name.AsSpan(8), out var level) && level is >= 1 and <= 9)
        {
            return level;
        }

        return style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9 ? outline + 1 : null;
    }

    private T? FromStyleChain<T>(string? styleId, Func<Style, T?> read)
    {
        // basedOn chains are short; the guard stops a document whose styles refer to each other in a circle.
        for (var depth = 0; styleId is not null && depth < 16 && styles.TryGetValue(styleId, out var style); depth++)
        {
            if (read(style) is { } value)
            {
                return value;
            }

            styleId = style.BasedOn?.Val?.Value;
        }

        return default;
    }

    private static string? FontOf(RunFonts? fonts) =>
        fonts?.HighAnsi?.Value ?? fonts?.Ascii?.Value;

    private static int? ParseSize(string? halfPoints) =>
        int.TryParse(halfPoints, out var size) && size > 0 ? size : null;
}
