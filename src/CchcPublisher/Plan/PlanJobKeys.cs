using Quartz;

namespace CchcPublisher.Plan;

/// <summary>Quartz identities of the plan's weekly progress check.</summary>
internal static class PlanJobKeys
{
    /// <summary>Every Monday at 08:00, commune time: the start of the office week.</summary>
    public const string WeeklyCron = "0 0 8 ? * MON";

    public static readonly JobKey WeeklyCheck = new("plan-weekly-check", "cchc");

    public static readonly TriggerKey WeeklyTrigger = new("plan-weekly", "cchc");
}
