namespace CchcPublisher.Scheduling;

/// <summary>How the worker notices work: content changes and periodic sweeps.</summary>
internal sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>Safety-net run interval (retries, anything a missed file event would delay). Default 5 minutes.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How often the content folder is compared with its last fingerprint, in addition to file-system events
    /// (which network shares and some editors do not raise). Default 30 seconds.
    /// </summary>
    public TimeSpan ContentPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Quiet time after a file event before the content is re-read (editors save in several steps). Default 2 seconds.</summary>
    public TimeSpan ContentDebounce { get; set; } = TimeSpan.FromSeconds(2);
}
