using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Ledger;

namespace CchcPublisher.Queries;

/// <summary>One broadcast slot of one day: its program if prepared (ledger entry), the items in it, and its files (names in the program folder).</summary>
internal sealed record RadioSlotView(
    DateOnly Date,
    BroadcastSlot Slot,
    DateTimeOffset StartsAt,
    LedgerEntry? Program,
    IReadOnlyList<LedgerEntry> Items,
    IReadOnlyList<string> Files,
    string? Rundown);
