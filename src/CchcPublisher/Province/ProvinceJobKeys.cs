using Quartz;

namespace CchcPublisher.Province;

/// <summary>Quartz identities of a province worker: one job per commune (named by its id), with its triggers in the commune's group.</summary>
internal static class ProvinceJobKeys
{
    public const string JobGroup = "commune";

    public static JobKey Publish(string commune) => new(commune, JobGroup);

    public const string PlanJobGroup = "commune-plan";

    /// <summary>The commune's weekly plan check (a job of its own, so a long publishing run does not delay it).</summary>
    public static JobKey PlanCheck(string commune) => new(commune, PlanJobGroup);

    public static TriggerKey PlanCheckWeekly(string commune) => new("plan-weekly", "commune-" + commune);

    public static TriggerKey Startup(string commune) => new("startup", "commune-" + commune);

    public static TriggerKey Sweep(string commune) => new("sweep", "commune-" + commune);

    public static TriggerKey NextDue(string commune) => new("next-due", "commune-" + commune);

    public static TriggerKey Column(string commune, string column) => new("column-" + column, "commune-" + commune);
}
