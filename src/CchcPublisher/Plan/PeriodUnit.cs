namespace CchcPublisher.Plan;

/// <summary>The recurring spans a target is counted over ("at least one a week").</summary>
internal enum PeriodUnit
{
    /// <summary>ISO 8601 week, Monday to Sunday; week 1 holds the year's first Thursday.</summary>
    Week,
    Month,
    Quarter,

    /// <summary>Six months: January–June or July–December.</summary>
    Half,
    Year,

    /// <summary>The whole window (plan period or task time) as one span.</summary>
    Whole,
}
