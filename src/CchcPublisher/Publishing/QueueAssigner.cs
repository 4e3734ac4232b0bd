namespace CchcPublisher.Publishing;

/// <summary>
/// Gives queued articles (no <c>publish_at</c>) their column slots. Pure: the same inputs give the same slots.
/// An article keeps the slot it was given; a new article takes the next slot after the column's last taken
/// slot (and after now), so the queue is appended to in order and never reshuffled.
/// </summary>
internal static class QueueAssigner
{
    /// <param name="schedule">The column.</param>
    /// <param name="queued">Article ids waiting in this column, in queue order.</param>
    /// <param name="taken">Slots already held in this column by article id (including published ones).</param>
    /// <param name="now">The current instant.</param>
    /// <param name="pool">Slots given up for reordering (held by articles the official reordered that have not gone
    /// out yet): handed again, earliest first, to the first queued articles without a kept slot.</param>
    /// <returns>Slot per queued article id; articles beyond the column's last possible slot get none.</returns>
    public static IReadOnlyDictionary<string, DateTimeOffset> Assign(
        ColumnSchedule schedule,
        IReadOnlyList<string> queued,
        IReadOnlyDictionary<string, DateTimeOffset> taken,
        DateTimeOffset now,
        IReadOnlyCollection<DateTimeOffset>? pool = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(queued);
        ArgumentNullException.ThrowIfNull(taken);
        var result = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var pooled = new Queue<DateTimeOffset>((pool ?? []).Order());
        var held = taken.Values.Concat(pooled).ToList();
        var cursor = held.Count > 0 ? held.Max() : DateTimeOffset.MinValue;
        if (cursor < now)
        {
            cursor = now;
        }

        foreach (var id in queued)
        {
            if (taken.TryGetValue(id, out var slot))
            {
                result[id] = slot;
                continue;
            }

            if (pooled.TryDequeue(out var given))
            {
                result[id] = given;
                continue;
            }

            if (schedule.NextSlotAfter(cursor) is not { } next)
            {
                continue; // Past the schedule's horizon: left unassigned (shown as not queued) instead of crashing.
            }

            cursor = next;
            result[id] = cursor;
        }

        return result;
    }
}
