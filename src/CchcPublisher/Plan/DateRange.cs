using System.Globalization;

namespace CchcPublisher.Plan;

/// <summary>
/// A span of whole days on the commune's calendar, both ends included (how plans write periods: "01/7/2025 –
/// 31/12/2025"). Turned into instants only at the edge, with the commune's time zone.
/// </summary>
internal readonly record struct DateRange
{
    public DateRange(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException($"End {end:O} is before start {start:O}.", nameof(end));
        }

        Start = start;
        End = end;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public bool Contains(DateRange other) => other.Start >= Start && other.End <= End;

    /// <summary>The days both ranges share, or <c>null</c> when they do not overlap.</summary>
    public DateRange? Intersect(DateRange other)
    {
        var start = Start > other.Start ? Start : other.Start;
        var end = End < other.End ? End : other.End;
        return end < start ? null : new DateRange(start, end);
    }

    /// <summary>The range as half-open instants [start of first day, start of the day after the last) in <paramref name="zone"/>.</summary>
    public (DateTimeOffset From, DateTimeOffset To) ToInstants(TimeZoneInfo zone) =>
        (StartOfDay(Start, zone), StartOfDay(End.AddDays(1), zone));

    /// <summary>The first instant of a local day (DST-safe: a skipped midnight moves to the first valid minute).</summary>
    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The local calendar day of an instant in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDay(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>"01/07/2025 – 31/12/2025".</summary>
    public override string ToString() =>
        $"{Start.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} – {End.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
}
