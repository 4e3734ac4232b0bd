using Quartz;

namespace CchcPublisher.Scheduling;

/// <summary>Quartz identities, in one place so that nothing is keyed by a stray string.</summary>
internal static class JobKeys
{
    public static readonly JobKey PublishDue = new("publish-due", "cchc");

    public static readonly TriggerKey Startup = new("startup", "cchc");

    public static readonly TriggerKey Sweep = new("sweep", "cchc");

    public static readonly TriggerKey NextDue = new("next-due", "cchc");

    public static TriggerKey Column(string key) => new($"column-{key}", "cchc");
}
