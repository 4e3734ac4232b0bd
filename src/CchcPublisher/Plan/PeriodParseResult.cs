namespace CchcPublisher.Plan;

/// <summary>What <see cref="PeriodText"/> made of a text: a range, "ongoing", or a Vietnamese reason it could not.</summary>
internal sealed record PeriodParseResult(DateRange? Value, bool IsOngoing, string? Error, bool ErrorIsImpossible)
{
    public bool Success => Error is null;

    public static PeriodParseResult Range(DateRange range) => new(range, false, null, false);

    public static PeriodParseResult Ongoing() => new(null, true, null, false);

    /// <summary>The text is not a period this program reads.</summary>
    public static PeriodParseResult Invalid(string message) => new(null, false, message, false);

    /// <summary>The text reads as a period that cannot exist (quý V, 30/02, end before start).</summary>
    public static PeriodParseResult Impossible(string reason) => new(null, false, reason, true);
}
