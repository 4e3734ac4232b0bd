namespace CchcPublisher.Plan.Reports;

/// <summary>The reporting cadence of section IV of every plan: quarterly, six-monthly, yearly.</summary>
internal enum ReportPeriodKind
{
    Quarter,
    Half,
    Year,
}
