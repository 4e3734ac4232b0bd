using Quartz;

namespace CchcPublisher.Plan;

/// <summary>Quartz identities of the plan's weekly progress check and daily report reminder.</summary>
internal static class PlanJobKeys
{
    /// <summary>Every Monday at 08:00, commune time: the start of the office week.</summary>
    public const string WeeklyCron = "0 0 8 ? * MON";

    public static readonly JobKey WeeklyCheck = new("plan-weekly-check", "cchc");

    public static readonly TriggerKey WeeklyTrigger = new("plan-weekly", "cchc");

    /// <summary>Every day at 07:30, commune time: the report reminder.</summary>
    public const string ReminderCron = "0 30 7 * * ?";

    public static readonly JobKey ReportReminder = new("plan-report-reminder", "cchc");

    public static readonly TriggerKey ReportReminderTrigger = new("plan-report-reminder-daily", "cchc");
}
