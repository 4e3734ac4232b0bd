namespace CchcPublisher.Plan;

/// <summary>Where one target stands over an evaluation window, as of a day.</summary>
internal sealed record TargetProgress
{
    public required PlanTarget Target { get; init; }

    /// <summary>Vietnamese description ("Tin, bài trên Trang thông tin điện tử").</summary>
    public required string Label { get; init; }

    /// <summary>The days evaluated: the target's window, or its part inside a report period.</summary>
    public required DateRange Window { get; init; }

    /// <summary>How many the window requires in all.</summary>
    public required int Required { get; init; }

    /// <summary>How many should be done by the as-of day, pro-rated by elapsed days (rounded down).</summary>
    public required int ExpectedSoFar { get; init; }

    /// <summary>Counted from the ledger: publications (channel targets) or distinct articles.</summary>
    public required int FromLedger { get; init; }

    /// <summary>Counted from recorded activity files.</summary>
    public required int FromActivities { get; init; }

    /// <summary>Complete calendar spans (weeks, months...) that have ended by the as-of day.</summary>
    public int SpansElapsed { get; init; }

    /// <summary>Of <see cref="SpansElapsed"/>, those that reached <see cref="PlanTarget.AtLeast"/>.</summary>
    public int SpansMet { get; init; }

    /// <summary>Labels of the elapsed spans that fell short ("Tuần 05/2026 (26/01–01/02)").</summary>
    public IReadOnlyList<string> SpansMissed { get; init; } = [];

    /// <summary>True when the window has ended by the as-of day.</summary>
    public required bool Finished { get; init; }

    public int Done => FromLedger + FromActivities;

    public bool OnTrack => Done >= ExpectedSoFar;

    /// <summary>How many are missing against what was expected by now (0 when on track).</summary>
    public int Shortfall => Math.Max(0, ExpectedSoFar - Done);

    /// <summary>How many are still needed to meet the whole window's requirement.</summary>
    public int Remaining => Math.Max(0, Required - Done);
}
