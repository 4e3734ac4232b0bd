using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPublisher.Plan.Reports;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as a Word document (what offices exchange): A4, Times New Roman 13,
/// real "Title"/"Heading 1" styles (so the navigation pane and a table of contents work), and bordered tables
/// whose header row repeats on every page.
/// </summary>
internal static class DocxReportWriter
{
    public const string TitleStyle = "Title";
    public const string HeadingStyle = "Heading1";
    private const string TableStyle = "TableGrid";
    private const string Font = "Times New Roman";

    public static void Write(ReportDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        using var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        AddStyles(main);
        var body = new Body();
        body.Append(Paragraph(document.Title, TitleStyle));
        foreach (var line in document.Intro)
        {
            body.Append(Paragraph(line));
        }

        foreach (var section in document.Sections)
        {
            body.Append(Paragraph(section.Heading, HeadingStyle));
            foreach (var paragraph in section.Paragraphs)
            {
                body.Append(Paragraph(paragraph));
            }

            if (section.Table is { Rows.Count: > 0 } table)
            {
                body.Append(Table(table, main));
                body.Append(Paragraph(string.Empty));
            }
        }

        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 1134U, Header = 708U, Footer = 708U, Gutter = 0U }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    public static async Task WriteAsync(ReportDocument document, string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 4096, useAsync: true);
        using var buffer = new MemoryStream();
        Write(document, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(file, cancellationToken);
    }

    private static Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(ReportTable table, MainDocumentPart main)
    {
        var result = new Table(new TableProperties(
            new TableStyle { Val = TableStyle },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        result.Append(new TableGrid(table.Headers.Select(_ => new GridColumn())));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        foreach (var text in table.Headers)
        {
            header.Append(Cell(text, bold: true));
        }

        result.Append(header);
        foreach (var row in table.Rows)
        {
            var tableRow = new TableRow();
            foreach (var cell in row)
            {
                var link = cell.Link is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri)
                    ? main.AddHyperlinkRelationship(uri, isExternal: true).Id
                    : null;
                tableRow.Append(Cell(cell.Text, bold: false, link));
            }

            result.Append(tableRow);
        }

        return result;
    }

    private static TableCell Cell(string text, bool bold, string? linkId = null)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }
        else if (linkId is not null)
        {
            run.PrependChild(new RunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single }));
        }

        OpenXmlElement content = linkId is null ? run : new Hyperlink(run) { Id = linkId, History = true };

        var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Auto });
        if (bold)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "D9E2F3", Color = "auto" });
        }

        return new TableCell(properties, new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }), content));
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "26" },
                    new FontSizeComplexScript { Val = "26" },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "Title" },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "120", After = "240" }, new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }))
            { Type = StyleValues.Paragraph, StyleId = TitleStyle },
            new Style(
                new StyleName { Val = "heading 1" },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = 0 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "26" }, new FontSizeComplexScript { Val = "26" }))
            { Type = StyleValues.Paragraph, StyleId = HeadingStyle },
            new Style(
                new StyleName { Val = "Table Grid" },
                new BasedOn { Val = "TableNormal" },
                new StyleRunProperties(new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" }))
            { Type = StyleValues.Table, StyleId = TableStyle });
        styles.Styles.Save();
    }
}
