namespace CchcPublisher.Province;

/// <summary>
/// A province installation (section <c>Province</c>): one folder per commune under <see cref="Root"/>, each with
/// <c>commune.json</c> (its settings), <c>content/</c>, <c>data/</c> and optionally <c>secrets.json</c>. Unset,
/// the installation is the embedded default: one commune, no <c>--commune</c>.
/// </summary>
internal sealed class ProvinceOptions
{
    public const string SectionName = "Province";

    /// <summary>Folder holding one sub-folder per commune (its id). Relative paths resolve against the working directory.</summary>
    public string? Root { get; set; }

    /// <summary>Shown at the top of the province console, e.g. "Sở Nội vụ tỉnh Hưng Yên". Default "Toàn tỉnh".</summary>
    public string Name { get; set; } = "Toàn tỉnh";

    /// <summary>Name of the Quartz cluster shared by the workers (one per province database).</summary>
    public string SchedulerName { get; set; } = "cchc-province";

    /// <summary>How often a worker records in PostgreSQL that it is alive. Default 10 seconds.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long past a missed check-in the other workers wait before they take over a worker's communes (its
    /// running and due jobs). Takeover happens within about <see cref="CheckinInterval"/> + this. Default 20 seconds.
    /// </summary>
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// A trigger later than this (all workers down, a long run) is a misfire, handled by its misfire rule: column
    /// slots and next-due fire once at once, the sweep waits for its next turn. Default 1 minute.
    /// </summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);
}
