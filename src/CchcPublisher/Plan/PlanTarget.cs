using System.Globalization;

namespace CchcPublisher.Plan;

/// <summary>
/// A quantitative target: at least <see cref="AtLeast"/> items per <see cref="Per"/> over <see cref="Window"/>
/// (the plan period, or the task's time).
/// </summary>
internal sealed record PlanTarget
{
    public required PlanTargetKind Kind { get; init; }

    /// <summary>Channel or offline form counted (Form targets; optional for Task targets).</summary>
    public string? Form { get; init; }

    public string? Category { get; init; }

    public string? TaskId { get; init; }

    public required int AtLeast { get; init; }

    public required PeriodUnit Per { get; init; }

    public required DateRange Window { get; init; }

    /// <summary>Free text from the plan ("Chuyên mục CCHC trên trang thông tin điện tử").</summary>
    public string? Note { get; init; }

    /// <summary>"≥ 2/tuần", "≥ 1/quý", "≥ 4 cả kỳ".</summary>
    public string RateText => Per == PeriodUnit.Whole
        ? string.Create(CultureInfo.InvariantCulture, $"≥ {AtLeast} cả kỳ")
        : string.Create(CultureInfo.InvariantCulture, $"≥ {AtLeast}/{PlanCalendar.UnitName(Per)}");
}
