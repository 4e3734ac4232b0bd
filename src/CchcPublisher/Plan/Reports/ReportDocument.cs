namespace CchcPublisher.Plan.Reports;

/// <summary>
/// A report as headings, paragraphs and tables, independent of the file format: built once by
/// <see cref="PlanReportBuilder"/>, written by the Markdown, Word and Excel writers.
/// </summary>
internal sealed record ReportDocument(string Title, IReadOnlyList<string> Intro, IReadOnlyList<ReportSection> Sections)
{
    /// <summary>Issuer, number, national heading, place and date, recipients and signer (Nghị định 30/2020/NĐ-CP).</summary>
    public OfficialHeading? Heading { get; init; }
}

/// <summary>A heading with its paragraphs and an optional table; <see cref="SheetName"/> names its Excel sheet.</summary>
internal sealed record ReportSection(string Heading, IReadOnlyList<string> Paragraphs, ReportTable? Table = null, string? SheetName = null)
{
    /// <summary>A "Phụ lục" attached after the signed report (in Word: after the signature block, from a new page).</summary>
    public bool Annex { get; init; }
}

/// <summary>A table with a header row; every row has one cell per header.</summary>
internal sealed record ReportTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ReportCell>> Rows);

/// <summary>A table cell: text, a number (kept numeric in Excel), and optionally a link.</summary>
internal sealed record ReportCell(string Text, double? Number = null, string? Link = null)
{
    public static ReportCell Of(int value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), value);

    public static ReportCell Of(string text) => new(text);
}
