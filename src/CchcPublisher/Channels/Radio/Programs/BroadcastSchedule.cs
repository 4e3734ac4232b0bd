namespace CchcPublisher.Channels.Radio.Programs;

/// <summary>The daily slots laid out in time, in the commune's time zone.</summary>
internal sealed class BroadcastSchedule(IReadOnlyList<BroadcastSlot> slots, TimeZoneInfo zone)
{
    /// <summary>Slots in start-time order.</summary>
    public IReadOnlyList<BroadcastSlot> Slots { get; } = [.. slots.OrderBy(s => s.Start)];

    public BroadcastSlot? Find(string key) =>
        Slots.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The instant a slot starts on a local date.</summary>
    public DateTimeOffset StartsAt(DateOnly date, BroadcastSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var local = date.ToDateTime(TimeOnly.MinValue).Add(slot.Start);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>The slot after (date, slot): later the same day, else the first slot of the next day.</summary>
    public (DateOnly Date, BroadcastSlot Slot) Next(DateOnly date, BroadcastSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var index = Slots.ToList().FindIndex(s => s.Key == slot.Key);
        return index >= 0 && index + 1 < Slots.Count ? (date, Slots[index + 1]) : (date.AddDays(1), Slots[0]);
    }

    /// <summary>The next <paramref name="count"/> slot occurrences starting after <paramref name="now"/> (for the scheduler).</summary>
    public IReadOnlyList<(DateOnly Date, BroadcastSlot Slot, DateTimeOffset StartsAt)> Upcoming(DateTimeOffset now, int count)
    {
        var result = new List<(DateOnly, BroadcastSlot, DateTimeOffset)>();
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        while (result.Count < count && Slots.Count > 0)
        {
            foreach (var slot in Slots)
            {
                var start = StartsAt(date, slot);
                if (start > now && result.Count < count)
                {
                    result.Add((date, slot, start));
                }
            }

            date = date.AddDays(1);
        }

        return result;
    }
}
