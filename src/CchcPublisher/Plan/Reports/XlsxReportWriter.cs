using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CchcPublisher.Plan.Reports;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as an Excel workbook: a summary sheet ("Tổng hợp": title, notes and
/// every section's text), then one sheet per table with a bold, frozen header row and numbers kept numeric.
/// </summary>
internal static class XlsxReportWriter
{
    public const string SummarySheet = "Tổng hợp";

    private const uint BoldStyle = 1;
    private const uint WrapStyle = 2;
    private const uint HeaderStyle = 3;
    private const uint TableTextStyle = 4;
    private const uint TableNumberStyle = 5;

    /// <summary>Above this many characters of column width a table sheet prints landscape.</summary>
    private const double PortraitWidth = 95;

    public static void Write(ReportDocument document, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(stream);
        using var excel = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = excel.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        AddStyles(workbook);
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        var summary = new List<IReadOnlyList<ReportCell>> { new[] { ReportCell.Of(document.Title) } };
        summary.AddRange(document.Intro.Select(line => new[] { ReportCell.Of(line) }));
        foreach (var section in document.Sections)
        {
            summary.Add([ReportCell.Of(string.Empty)]);
            summary.Add([ReportCell.Of(section.Heading)]);
            summary.AddRange(section.Paragraphs.Select(p => new[] { ReportCell.Of(p) }));
        }

        var printTitles = new DefinedNames();
        AddSheet(workbook, sheets, UniqueName(SummarySheet, names), null, document.Title, summary, boldRows: [0]);
        foreach (var section in document.Sections.Where(s => s.Table is not null))
        {
            var name = UniqueName(section.SheetName ?? section.Heading, names);
            AddSheet(workbook, sheets, name, section.Table!.Headers, section.Heading, section.Table.Rows, boldRows: []);
            printTitles.Append(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!$1:$1")
            {
                Name = "_xlnm.Print_Titles",
                LocalSheetId = (uint)sheets.ChildElements.Count - 1,
            });
        }

        workbook.Workbook.Append(printTitles);
        workbook.Workbook.Save();
    }

    public static async Task WriteAsync(ReportDocument document, string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 4096, useAsync: true);
        using var buffer = new MemoryStream();
        Write(document, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(file, cancellationToken);
    }

    /// <summary>
    /// One sheet, laid out to print: A4, fitted to the page width (landscape when the columns are wide), the
    /// header row repeated on every page (print titles), the title in the page header, page numbers in the
    /// footer, thin borders around every table cell.
    /// </summary>
    private static void AddSheet(
        WorkbookPart workbook, Sheets sheets, string name, IReadOnlyList<string>? headers, string title, IReadOnlyList<IReadOnlyList<ReportCell>> rows, uint[] boldRows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint index = 1;
        if (headers is not null)
        {
            data.Append(Row(index++, headers.Select(ReportCell.Of).ToList(), HeaderStyle));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            data.Append(Row(index++, rows[i], headers is not null ? TableTextStyle : boldRows.Contains((uint)i) ? BoldStyle : WrapStyle));
        }

        var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        if (headers is not null)
        {
            worksheet.Append(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            { TabSelected = false, WorkbookViewId = 0U }));
        }

        var columns = headers?.Count ?? 1;
        var widths = new Columns();
        var totalWidth = 0D;
        for (var c = 0; c < columns; c++)
        {
            var longest = Math.Max(headers?[c].Length ?? 0, rows.Select(r => c < r.Count ? r[c].Text.Length : 0).DefaultIfEmpty(0).Max());
            var width = Math.Clamp(longest + 2, 6, headers is null ? 120 : 60);
            totalWidth += width;
            widths.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
        }

        worksheet.Append(widths);
        worksheet.Append(data);
        var links = new Hyperlinks();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (rows[r][c].Link is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
                {
                    var relationship = part.AddHyperlinkRelationship(uri, isExternal: true);
                    var rowNumber = (uint)(r + 1) + (headers is null ? 0U : 1U);
                    links.Append(new Hyperlink { Reference = ColumnName(c) + rowNumber.ToString(CultureInfo.InvariantCulture), Id = relationship.Id });
                }
            }
        }

        if (links.HasChildren)
        {
            worksheet.Append(links);
        }

        worksheet.Append(new PrintOptions { HorizontalCentered = true });
        worksheet.Append(new PageMargins { Left = 0.6D, Right = 0.4D, Top = 0.75D, Bottom = 0.6D, Header = 0.3D, Footer = 0.3D });
        worksheet.Append(new PageSetup
        {
            PaperSize = 9U, // A4
            Orientation = headers is not null && totalWidth > PortraitWidth ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1U,
            FitToHeight = 0U, // as many pages tall as needed
        });
        worksheet.Append(new HeaderFooter(
            new OddHeader("&C&\"Times New Roman,Bold\"&12" + PageText(title)),
            new OddFooter("&C&\"Times New Roman,Regular\"&10Trang &P/&N")));
        part.Worksheet = worksheet;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
    }

    private static Row Row(uint index, IReadOnlyList<ReportCell> cells, uint style)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Count; c++)
        {
            var reference = ColumnName(c) + index.ToString(CultureInfo.InvariantCulture);
            var cell = cells[c];
            row.Append(cell.Number is { } number
                ? new Cell
                {
                    CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number),
                    StyleIndex = style is BoldStyle or HeaderStyle ? style : style == TableTextStyle ? TableNumberStyle : 0U,
                }
                : new Cell(new InlineString(new Text(cell.Text) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    StyleIndex = style,
                });
        }

        return row;
    }

    /// <summary>Text for a page header: '&amp;' doubled (Excel's escape), short enough for the 255-character limit.</summary>
    private static string PageText(string text)
    {
        var clean = text.Length <= 200 ? text : text[..197] + "...";
        return clean.Replace("&", "&&", StringComparison.Ordinal);
    }

    private static string ColumnName(int index)
    {
        var name = new StringBuilder();
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name.Insert(0, (char)('A' + (n - 1) % 26));
        }

        return name.ToString();
    }

    /// <summary>Excel sheet names: at most 31 characters, none of []:*?/\, unique ignoring case.</summary>
    private static string UniqueName(string wanted, HashSet<string> used)
    {
        var clean = new string([.. wanted.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0)]).Trim();
        clean = clean.Length == 0 ? "Trang" : clean[..Math.Min(31, clean.Length)];
        var name = clean;
        for (var i = 2; !used.Add(name); i++)
        {
            var suffix = $" ({i})";
            name = clean[..Math.Min(31 - suffix.Length, clean.Length)] + suffix;
        }

        return name;
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(
                new Font(new FontSize { Val = 12D }, new FontName { Val = "Times New Roman" }),
                new Font(new Bold(), new FontSize { Val = 12D }, new FontName { Val = "Times New Roman" })),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(
                new Border(),
                new Border(
                    new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                    new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                    new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                    new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                    new DiagonalBorder())),
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center })
                    { FontId = 1, FillId = 0, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 1, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 1, ApplyBorder = true, ApplyAlignment = true }));
        styles.Stylesheet.Save();
    }
}
