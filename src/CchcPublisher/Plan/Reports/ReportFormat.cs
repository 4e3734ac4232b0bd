namespace CchcPublisher.Plan.Reports;

internal enum ReportFormat
{
    Markdown,
    Docx,
    Xlsx,
}
