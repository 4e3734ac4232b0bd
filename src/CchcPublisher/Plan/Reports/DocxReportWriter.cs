using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPublisher.Plan.Reports;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as a Word document (what offices exchange): A4, Times New Roman 13,
/// real "Title"/"Heading 1" styles (so the navigation pane and a table of contents work), and bordered tables
/// whose header row repeats on every page and whose rows are not cut by a page break. In the form of Nghị định
/// 30/2020/NĐ-CP: heading block, "BÁO CÁO" and title, the body, "Nơi nhận" and the signature, then the annexes.
/// tests/CchcPublisher.IntegrationTests/Plan/Reports/DocxReportPdfTests.cs checks the layout in LibreOffice's PDF.
/// </summary>
internal static class DocxReportWriter
{
    public const string TitleStyle = "Title";
    public const string HeadingStyle = "Heading1";
    private const string TableStyle = "TableGrid";
    private const string Font = "Times New Roman";
    private const int TableFontSize = 24; // half-points: 12 pt in tables, 13 pt in the text
    private const string TableFontSizeText = "24";

    public static void Write(ReportDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        using var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        AddStyles(main);
        var body = new Body();
        if (document.Heading is { } heading)
        {
            body.Append(HeadingBlock(heading));
            body.Append(Paragraph("BÁO CÁO", TitleStyle));
        }

        body.Append(Paragraph(document.Title, TitleStyle));
        foreach (var line in document.Intro)
        {
            body.Append(Paragraph(line));
        }

        // A table too wide for a portrait page gets a landscape section of its own, as offices lay out wide annexes: when
        // its longest words do not fit, or its cells would wrap onto many lines (they ask for half as much again).
        // The signature block closes the report itself; the annexes ("Phụ lục") follow it, from a new page.
        var landscape = false;
        var signed = document.Heading is null;
        foreach (var section in document.Sections)
        {
            var table = section.Table is { Rows.Count: > 0 } t ? t : null;
            (int[] Least, int[] Wanted)? widths = table is null ? null : ColumnWidths(table);
            var wide = widths is { } w && (w.Least.Sum() > PortraitTextWidth || w.Wanted.Sum() > PortraitTextWidth * 3 / 2);
            var newPage = false;
            if (section.Annex && !signed)
            {
                landscape = Sign(body, document.Heading!, landscape);
                signed = newPage = true;
            }

            if (wide != landscape)
            {
                EndSection(body, landscape); // the section so far, in its orientation; the next starts on a new page
                landscape = wide;
                newPage = false;
            }

            var title = Paragraph(section.Heading, HeadingStyle);
            if (newPage)
            {
                title.ParagraphProperties!.Append(new PageBreakBefore());
            }

            body.Append(title);
            foreach (var paragraph in section.Paragraphs)
            {
                body.Append(Paragraph(paragraph));
            }

            if (table is not null)
            {
                body.Append(Table(table, Fit(widths!.Value, landscape ? LandscapeTextWidth : PortraitTextWidth), main));
                body.Append(Spacer());
            }
        }

        if (!signed)
        {
            landscape = Sign(body, document.Heading!, landscape);
        }

        body.Append(PageSetup(landscape));
        main.Document = new Document(body);
        main.Document.Save();
    }

    /// <summary>A4 text width in twips: 210 mm less the 30 mm left and 20 mm right margins of Nghị định 30.</summary>
    private const int PortraitTextWidth = 11906 - 1701 - 1134;

    private const int LandscapeTextWidth = 16838 - 1701 - 1134;

    /// <summary>The page of a section: A4 portrait or landscape, margins per Nghị định 30 (top/bottom 20 mm, left 30, right 20).</summary>
    private static SectionProperties PageSetup(bool landscape) =>
        new(
            landscape
                ? new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape }
                : new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 1134U, Header = 708U, Footer = 708U, Gutter = 0U });

    /// <summary>
    /// Ends the section so far with its page setup, carried by the body's last paragraph when that is the spacer after
    /// a table (an extra empty paragraph could spill onto a blank page of its own).
    /// </summary>
    private static void EndSection(Body body, bool landscape)
    {
        if (body.LastChild is Paragraph { ParagraphProperties: { ParagraphStyleId: null, SectionProperties: null } properties } last && last.InnerText.Length == 0)
        {
            properties.Append(PageSetup(landscape));
            return;
        }

        body.Append(new Paragraph(new ParagraphProperties(PageSetup(landscape))));
    }

    /// <summary>An empty paragraph after a table (Word needs one between tables), 6 pt high.</summary>
    private static Paragraph Spacer() =>
        new(new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0" },
            new ParagraphMarkRunProperties(new FontSize { Val = "12" }, new FontSizeComplexScript { Val = "12" })));

    /// <summary>
    /// "Nơi nhận" and the signer, in a portrait section (a landscape one is ended first), after a blank line; returns
    /// the orientation now current (portrait).
    /// </summary>
    private static bool Sign(Body body, OfficialHeading heading, bool landscape)
    {
        if (landscape)
        {
            EndSection(body, landscape: true);
        }

        body.Append(Paragraph(string.Empty));
        body.Append(SignatureBlock(heading));
        body.Append(Spacer());
        return false;
    }

    /// <summary>
    /// The two-column heading of Nghị định 30: issuer and number/symbol on the left; national name, motto, place and
    /// date on the right. A table without borders, as Word templates of the decree do.
    /// </summary>
    private static Table HeadingBlock(OfficialHeading heading)
    {
        var left = new List<Paragraph>();
        for (var i = 0; i < heading.Issuer.Count; i++)
        {
            // The line of the issuing body above in regular type, the issuing body itself in bold, with a rule below.
            left.Add(Centered(heading.Issuer[i], size: 26, bold: i == heading.Issuer.Count - 1, underline: i == heading.Issuer.Count - 1));
        }

        left.Add(Centered(heading.NumberLine, size: 26));
        var right = new List<Paragraph>
        {
            Centered(OfficialHeading.NationalName, size: 24, bold: true),
            Centered(OfficialHeading.Motto, size: 26, bold: true, underline: true),
            Centered(heading.DateLine, size: 26, italic: true),
        };
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = PortraitTextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                    new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                    new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = "3600" }, new GridColumn { Width = (PortraitTextWidth - 3600).ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        table.Append(new TableRow(BlockCell(3600, left), BlockCell(PortraitTextWidth - 3600, right)));
        return table;
    }

    /// <summary>Nơi nhận on the left (bold italic 12, list 11), the signer's authority and a space to sign on the right.</summary>
    private static Table SignatureBlock(OfficialHeading heading)
    {
        var recipients = new List<Paragraph> { Line("Nơi nhận:", size: 24, bold: true, italic: true) };
        recipients.AddRange(heading.Recipients.Select(r => Line(r, size: 22)));
        var signer = heading.SignerAuthority.Select(a => Centered(a, size: 26, bold: true)).ToList();
        signer.Add(Centered("(Ký, ghi rõ họ tên, đóng dấu)", size: 26, italic: true));
        var half = (PortraitTextWidth / 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = PortraitTextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                    new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                    new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = half }, new GridColumn { Width = half }));
        table.Append(new TableRow(BlockCell(PortraitTextWidth / 2, recipients), BlockCell(PortraitTextWidth / 2, signer)));
        return table;
    }

    private static TableCell BlockCell(int width, IEnumerable<Paragraph> paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs);
        return cell;
    }

    private static Paragraph Centered(string text, int size, bool bold = false, bool italic = false, bool underline = false) =>
        Line(text, size, bold, italic, underline, JustificationValues.Center);

    private static Paragraph Line(string text, int size, bool bold = false, bool italic = false, bool underline = false, JustificationValues? justification = null)
    {
        var runProperties = new RunProperties();
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        if (italic)
        {
            runProperties.Append(new Italic());
        }

        // Schema order: b, i, sz, szCs, u.
        var sizeText = size.ToString(System.Globalization.CultureInfo.InvariantCulture);
        runProperties.Append(new FontSize { Val = sizeText }, new FontSizeComplexScript { Val = sizeText });
        if (underline)
        {
            runProperties.Append(new Underline { Val = UnderlineValues.Single });
        }
        var paragraphProperties = new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" });
        if (justification is { } value)
        {
            paragraphProperties.Append(new Justification { Val = value });
        }

        return new Paragraph(paragraphProperties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private const int Padding = 2 * 108 + 40; // Word's default cell margins left and right (0.19 cm each), borders and rounding
    private const int ComfortableLine = 6000; // about 60 characters: longer text wraps

    /// <summary>About 24 characters: a longer "word" is a web address or a file path, which may break anywhere.</summary>
    private const int LinkWord = 2600;

    /// <summary>
    /// Each column as wide as its longest word needs (never split inside a word) and, beyond that, as wide as its
    /// longest cell text (or half its header) up to a comfortable line, in twips measured with Times New Roman's
    /// advance widths at the tables' 12 pt (headers bold), cell padding and border included.
    /// </summary>
    private static (int[] Least, int[] Wanted) ColumnWidths(ReportTable table)
    {
        var columns = table.Headers.Count;
        var least = new int[columns];
        var wanted = new int[columns];
        for (var c = 0; c < columns; c++)
        {
            var texts = table.Rows.Select(r => (Text: r[c].Text, Bold: false)).Append((Text: table.Headers[c], Bold: true)).ToList();
            var longestWord = texts
                .SelectMany(t => t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => TimesNewRomanMetrics.Twips(w, TableFontSize, t.Bold)))
                .DefaultIfEmpty(0).Max();
            // A long header wraps onto two lines rather than widening its column to one.
            var longestText = table.Rows.Select(r => TimesNewRomanMetrics.Twips(r[c].Text, TableFontSize))
                .Append(TimesNewRomanMetrics.Twips(table.Headers[c], TableFontSize, bold: true) / 2).Max();
            least[c] = Padding + Math.Min(longestWord, LinkWord);
            wanted[c] = Math.Max(least[c], Padding + Math.Min(longestText, ComfortableLine));
        }

        return (least, wanted);
    }

    /// <summary>
    /// Widths for the page: the wanted widths stretched to fill it, or shrunk towards each column's least width (its
    /// longest word). When even the least widths do not fit, the columns holding web addresses or paths (which break
    /// anywhere) give up their room first; only when that is not enough do all shrink in proportion.
    /// </summary>
    private static int[] Fit((int[] Least, int[] Wanted) columns, int available)
    {
        var (least, wanted) = columns;
        long sumWanted = wanted.Sum();
        long sumLeast = least.Sum();
        if (sumWanted <= available)
        {
            return [.. wanted.Select(w => (int)(w * available / sumWanted))];
        }

        if (sumLeast <= available)
        {
            var room = available - sumLeast;
            var extra = sumWanted - sumLeast;
            return [.. least.Select((l, i) => l + (int)((wanted[i] - l) * room / extra))];
        }

        var breakable = least.Select(l => l >= Padding + LinkWord).ToArray();
        long fixedWidth = least.Where((_, i) => !breakable[i]).Sum();
        var links = breakable.Count(b => b);
        if (links > 0 && fixedWidth + (links * Padding * 2) <= available)
        {
            var share = (int)((available - fixedWidth) / links);
            return [.. least.Select((l, i) => breakable[i] ? share : l)];
        }

        return [.. least.Select(l => (int)(l * available / sumLeast))];
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

    private static Table Table(ReportTable table, int[] widths, MainDocumentPart main)
    {
        var result = new Table(new TableProperties(
            new TableStyle { Val = TableStyle },
            new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        result.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var header = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        for (var c = 0; c < table.Headers.Count; c++)
        {
            header.Append(Cell(table.Headers[c], widths[c], bold: true));
        }

        result.Append(header);
        foreach (var row in table.Rows)
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit())); // a row is not cut by a page break
            for (var c = 0; c < row.Count; c++)
            {
                var cell = row[c];
                var link = cell.Link is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri)
                    ? main.AddHyperlinkRelationship(uri, isExternal: true).Id
                    : null;
                tableRow.Append(Cell(cell.Text, widths[c], bold: false, link));
            }

            result.Append(tableRow);
        }

        return result;
    }

    private static TableCell Cell(string text, int width, bool bold, string? linkId = null)
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

        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
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
                new StyleRunProperties(new FontSize { Val = TableFontSizeText }, new FontSizeComplexScript { Val = TableFontSizeText }))
            { Type = StyleValues.Table, StyleId = TableStyle });
        styles.Styles.Save();
    }
}
