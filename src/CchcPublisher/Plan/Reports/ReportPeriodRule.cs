namespace CchcPublisher.Plan.Reports;

/// <summary>How report periods are cut (setting <c>Plan:ReportPeriods</c>, flag <c>--calendar-periods</c>).</summary>
internal enum ReportPeriodRule
{
    /// <summary>
    /// The data cut-off dates of Nghị định 09/2019/NĐ-CP (Art. 12): a quarter runs from the 15th of the month
    /// before it to the 14th of its last month, six months from 15/12 of the year before to 14/6, a year from
    /// 15/12 of the year before to 14/12. The second six months, which the decree does not name, runs 15/6–14/12.
    /// </summary>
    Statutory,

    /// <summary>Calendar quarters, halves and years (1/1–31/3, 1/1–30/6, 1/1–31/12).</summary>
    Calendar,
}
