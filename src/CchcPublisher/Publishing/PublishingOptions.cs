namespace CchcPublisher.Publishing;

/// <summary>When and in which order things are published.</summary>
internal sealed class PublishingOptions
{
    public const string SectionName = "Publishing";

    /// <summary>Recurring columns; when none are configured, the weekly CCHC column (Monday 07:30) is used.</summary>
    public List<ColumnOptions> Columns { get; set; } = [];

    /// <summary>Order in which an article's channels are published (the website first, so others can link to it).</summary>
    public List<string> ChannelOrder { get; set; } = [];

    /// <summary>
    /// Items overdue by at most this much (service was down) are published at start; older ones are marked
    /// missed. Default 2 days.
    /// </summary>
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromDays(2);

    /// <summary>
    /// Per-channel catch-up windows overriding <see cref="CatchUpWindow"/>. The website column is an archive,
    /// so by default an overdue website article is always published; a loudspeaker must not read last
    /// month's news, so radio and social posts keep the short window.
    /// </summary>
    public Dictionary<string, TimeSpan> CatchUpWindowByChannel { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many times a failed publication is tried before it waits for the official.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First retry delay after a failure; doubles with each attempt, capped at 6 hours.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long <c>publish</c> waits for another process (the running service) to finish its batch.</summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long one publishing batch may run before the content is read again: a long run (a first import, a
    /// rebuild) goes in batches of about this length, and an article written or edited meanwhile goes out in the
    /// next batch, ahead of the rest. Default 30 seconds.
    /// </summary>
    public TimeSpan BatchDuration { get; set; } = TimeSpan.FromSeconds(30);

    public static ColumnOptions DefaultColumn { get; } = new()
    {
        Key = "cchc-hang-tuan",
        Name = "Chuyên mục CCHC hằng tuần",
        Cron = "0 30 7 ? * MON",
        Channels = ["website", "zalo", "facebook", "radio"],
    };

    public static IReadOnlyList<string> DefaultChannelOrder { get; } = ["website", "zalo", "facebook", "radio"];

    public TimeSpan CatchUpWindowFor(string channel) =>
        CatchUpWindowByChannel.TryGetValue(channel, out var window) ? window : CatchUpWindow;
}
