namespace CchcPublisher.Plan.NextSteps;

/// <summary>
/// One target still to be met: what it counts, who is responsible, how many are still needed by its end, how
/// many the queue already covers (and which articles), and what is left to find.
/// </summary>
internal sealed record TargetGap
{
    public required TargetProgress Progress { get; init; }

    /// <summary>"Kênh", "Lĩnh vực", "Nhiệm vụ" or "Hình thức" and what ("Zalo", "Thủ tục hành chính"…).</summary>
    public required string Kind { get; init; }

    /// <summary>Lead units of the tasks behind the target (the task's lead and partners for a task target).</summary>
    public required IReadOnlyList<string> Units { get; init; }

    /// <summary>Still needed to meet the whole requirement (required minus done so far).</summary>
    public int Remaining => Progress.Remaining;

    /// <summary>Queued articles due before the target's window ends that will count for it.</summary>
    public required IReadOnlyList<QueuedPublication> Queued { get; init; }

    /// <summary>What neither done work nor the queue covers yet.</summary>
    public int StillMissing => Math.Max(0, Remaining - Queued.Count);

    /// <summary>Last day of the target's window.</summary>
    public DateOnly Deadline => Progress.Window.End;

    /// <summary>True when the target counts recorded activities only (an offline form): the queue cannot close it.</summary>
    public required bool ActivitiesOnly { get; init; }
}
