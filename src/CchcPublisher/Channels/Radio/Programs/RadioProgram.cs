using CchcPublisher.Speech.Scripts;

namespace CchcPublisher.Channels.Radio.Programs;

/// <summary>What a program part is.</summary>
internal enum ProgramPartKind
{
    Opening,
    Transition,
    Item,
    Closing,
}

/// <summary>One line of the rundown: a part, where it starts (offset from the slot start) and how long it runs.</summary>
internal sealed record ProgramPart(ProgramPartKind Kind, string Label, TimeSpan Offset, TimeSpan Duration, string? ArticleId = null);

/// <summary>An item that did not go into the program, and why.</summary>
/// <param name="TooLong">True when the item alone does not fit an empty program of this slot (it needs shortening, not waiting).</param>
internal sealed record CarriedItem(ProgramCandidate Candidate, TimeSpan Duration, bool TooLong);

/// <summary>
/// One broadcast: the station's opening words, the items in order with transitions, the closing words. Its
/// <see cref="Duration"/> never exceeds the slot's maximum.
/// </summary>
internal sealed record RadioProgram(
    string Id,
    DateOnly Date,
    BroadcastSlot Slot,
    DateTimeOffset StartsAt,
    string Title,
    IReadOnlyList<ProgramCandidate> Items,
    IReadOnlyList<CarriedItem> Carried,
    IReadOnlyList<ProgramPart> Rundown,
    IReadOnlyList<SpeechSegment> Segments,
    TimeSpan Duration)
{
    /// <summary>Ledger id of a program: <c>program/2026-11-23/sang</c>.</summary>
    public static string IdFor(DateOnly date, BroadcastSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"program/{date:yyyy-MM-dd}/{slot.Key}");
    }
}
