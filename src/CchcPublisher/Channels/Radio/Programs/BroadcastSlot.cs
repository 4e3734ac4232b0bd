namespace CchcPublisher.Channels.Radio.Programs;

/// <summary>A daily broadcast session of the commune radio, e.g. "sang" at 06:00 for at most 15 minutes.</summary>
internal sealed class BroadcastSlot
{
    /// <summary>Stable key used on the command line and in program ids: lower-case ASCII, e.g. <c>sang</c>, <c>chieu</c>.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Vietnamese name read on air and shown in reports, e.g. "sáng", "chiều".</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>Local start time (commune time zone), e.g. 06:00:00.</summary>
    public TimeSpan Start { get; set; }

    /// <summary>Longest the program may run, opening and closing words included, e.g. 00:15:00.</summary>
    public TimeSpan MaxLength { get; set; }
}
