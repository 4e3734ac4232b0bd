using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace CchcPublisher.UnitTests.Content.Import;

/// <summary>
/// Writes small Word documents the way Word does (styles part with "heading N" styles, a numbering part for
/// lists, inline pictures, hyperlinks by relationship), so the importer is tested on real .docx structure.
/// </summary>
internal sealed class DocxBuilder
{
    private readonly List<Func<MainDocumentPart, OpenXmlElement>> blocks = [];

    /// <summary>The document's default font (as in a document typed in .VnTime throughout).</summary>
    public string? DefaultFont { get; init; }

    public DocxBuilder Heading(int level, string text) => Add(_ => Para(text, style: level switch { 0 => "Title", 1 => "u1", _ => $"Heading{level}" }));

    public DocxBuilder Paragraph(params Run[] runs) => Add(_ => new Paragraph(runs));

    public DocxBuilder Text(string text, string? font = null, int? size = null, bool bold = false) =>
        Add(_ => new Paragraph(R(text, font: font, size: size, bold: bold)));

    public DocxBuilder Bullet(string text, int level = 0) => Add(_ => ListItem(text, 1, level));

    public DocxBuilder Numbered(string text, int level = 0) => Add(_ => ListItem(text, 2, level));

    public DocxBuilder Link(string before, string label, string url) => Add(main =>
    {
        var relationship = main.AddHyperlinkRelationship(new Uri(url), isExternal: true);
        return new Paragraph(R(before), new Hyperlink(R(label)) { Id = relationship.Id });
    });

    public DocxBuilder Table(params string[][] rows) => Add(_ => BuildTable(rows.Select(r => r.Select(c => c.Split('\n')).ToArray()).ToArray()));

    /// <summary>A table whose cells hold several paragraphs (lines separated by '\n').</summary>
    public DocxBuilder CellTable(params string[][] rows) => Table(rows);

    public DocxBuilder Image(byte[] png, string description) => Add(main =>
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
        {
            part.FeedData(stream);
        }

        var id = main.GetIdOfPart(part);
        const long size = 990000;
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = size, Cy = size },
            new Wp.DocProperties { Id = 1U, Name = "Picture 1", Description = description },
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0U, Name = "anh.png" }, new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = size, Cy = size }), new A.PresetGeometry { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }));
        return new Paragraph(new Run(new Drawing(inline)));
    });

    public byte[] Build()
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            AddNumbering(main);
            var body = new Body();
            main.Document = new Document(body);
            foreach (var block in blocks)
            {
                body.Append(block(main));
            }

            main.Document.Save();
        }

        return memory.ToArray();
    }

    public static Run R(string text, string? font = null, int? size = null, bool bold = false, bool italic = false)
    {
        var properties = new RunProperties();
        if (font is not null)
        {
            properties.Append(new RunFonts { Ascii = font, HighAnsi = font });
        }

        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        if (size is { } halfPoints)
        {
            properties.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private DocxBuilder Add(Func<MainDocumentPart, OpenXmlElement> block)
    {
        blocks.Add(block);
        return this;
    }

    private static Paragraph Para(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), R(text));

    private static Paragraph ListItem(string text, int numberingId, int level) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numberingId })), R(text));

    private static Table BuildTable(string[][][] rows)
    {
        var table = new Table(new TableProperties(new TableBorders()));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(cell.Select(line => new Paragraph(R(line)))))));
        }

        return table;
    }

    private void AddStyles(MainDocumentPart main)
    {
        var styles = new Styles();
        if (DefaultFont is { } font)
        {
            styles.Append(new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = font, HighAnsi = font }))));
        }

        styles.Append(new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Append(new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Title" });
        for (var level = 1; level <= 3; level++)
        {
            // Vietnamese Word names its heading styles "u1", "u2"… but keeps the built-in name "heading N".
            styles.Append(new Style(new StyleName { Val = $"heading {level}" }, new BasedOn { Val = "Normal" })
            { Type = StyleValues.Paragraph, StyleId = level == 1 ? "u1" : $"Heading{level}" });
        }

        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        static AbstractNum Definition(int id, NumberFormatValues format) =>
            new(Enumerable.Range(0, 3).Select(level => new Level(new NumberingFormat { Val = format }, new LevelText { Val = format == NumberFormatValues.Bullet ? "•" : $"%{level + 1}." }) { LevelIndex = level }))
            { AbstractNumberId = id };

        main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
            Definition(10, NumberFormatValues.Bullet),
            Definition(20, NumberFormatValues.Decimal),
            new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = 2 });
    }
}
