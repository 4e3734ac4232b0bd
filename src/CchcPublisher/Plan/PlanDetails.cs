namespace CchcPublisher.Plan;

/// <summary>
/// The parts of a plan besides its task table that reports restate: đối tượng (audiences), kinh phí (budget
/// lines), chế độ báo cáo (reporting duties) and tỷ lệ (percentage indicators, e.g. satisfaction above 90%).
/// </summary>
internal sealed record PlanDetails
{
    public static PlanDetails None { get; } = new();

    public IReadOnlyList<string> Audiences { get; init; } = [];

    public IReadOnlyList<PlanBudgetLine> Budget { get; init; } = [];

    public IReadOnlyList<PlanReportingDuty> Reporting { get; init; } = [];

    public IReadOnlyList<PlanIndicator> Indicators { get; init; } = [];
}

/// <summary>A budget line: <c>{ source: Ngân sách xã, amount: 15000000, task: NV02, note: … }</c>; amount in đồng, optional.</summary>
internal sealed record PlanBudgetLine(string Source, long? Amount, string? TaskId, string? Note);

/// <summary>A reporting duty: <c>{ report: Báo cáo quý, to: [UBND xã, Sở Nội vụ], when: Định kỳ hằng quý }</c>.</summary>
internal sealed record PlanReportingDuty(string Report, IReadOnlyList<string> To, string? When);

/// <summary>
/// A percentage indicator: <c>{ name: Mức độ hài lòng, at_least_percent: 90, measured_percent: 92.5, source: khảo sát… }</c>.
/// Not a count: the measured value is recorded with its source (a survey activity), or the report says it is missing.
/// </summary>
internal sealed record PlanIndicator(string Name, decimal AtLeastPercent, decimal? MeasuredPercent, string? Source);
