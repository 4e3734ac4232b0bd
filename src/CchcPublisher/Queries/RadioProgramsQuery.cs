using System.Globalization;
using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Ledger;

namespace CchcPublisher.Queries;

/// <summary>
/// The radio programs of some days, slot by slot: prepared or not, confirmed or not, their items and files.
/// Read by the console's radio page; the files are those <c>radio program</c> writes.
/// </summary>
internal sealed class RadioProgramsQuery(ILedger ledger, RadioProgramService programs)
{
    /// <summary>File name endings a program may have, in the order they are offered.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".wav", ".mp3", ".txt", ".ssml", ".rundown.md"];

    public string Folder => programs.DefaultFolder;

    public async Task<IReadOnlyList<RadioSlotView>> ListAsync(DateOnly from, int days, CancellationToken cancellationToken)
    {
        await ledger.MigrateAsync(cancellationToken);
        var schedule = programs.Schedule;
        // Programs and their broadcasts are due when their slot starts: only the slots shown are read.
        var starts = Enumerable.Range(0, Math.Max(0, days)).SelectMany(d => schedule.Slots.Select(s => schedule.StartsAt(from.AddDays(d), s))).ToList();
        var (start, end) = starts.Count == 0 ? (DateTimeOffset.MinValue, DateTimeOffset.MinValue) : (starts.Min(), starts.Max().AddSeconds(1));
        var stored = (await ledger.ListAsync(new LedgerQuery { Channel = RadioLedgerChannels.Program, DueFrom = start, DueTo = end }, cancellationToken))
            .ToDictionary(e => e.ArticleId, StringComparer.Ordinal);
        var broadcasts = (await ledger.ListAsync(new LedgerQuery { Channel = RadioLedgerChannels.Broadcast, DueFrom = start, DueTo = end }, cancellationToken))
            .Where(e => e.RemoteId is not null)
            .ToLookup(e => e.RemoteId!, StringComparer.Ordinal);
        var result = new List<RadioSlotView>();
        for (var day = from; day < from.AddDays(days); day = day.AddDays(1))
        {
            foreach (var slot in schedule.Slots)
            {
                var id = RadioProgram.IdFor(day, slot);
                var stem = Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd}-{slot.Key}"));
                var files = Extensions.Select(e => stem + e).Where(File.Exists).Select(Path.GetFileName).OfType<string>().ToList();
                var rundown = File.Exists(stem + ".rundown.md") ? await File.ReadAllTextAsync(stem + ".rundown.md", cancellationToken) : null;
                result.Add(new RadioSlotView(
                    day, slot, schedule.StartsAt(day, slot), stored.GetValueOrDefault(id),
                    [.. broadcasts[id].Where(b => b.State != PublicationState.Skipped || b.LastError is not null).OrderBy(b => b.ArticleId, StringComparer.Ordinal)],
                    files, rundown));
            }
        }

        return result;
    }

    /// <summary>The full path of a program file, or null when the name is not one of a program's files or does not exist.</summary>
    public string? FilePath(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.StartsWith('.') ||
            !Extensions.Any(e => name.EndsWith(e, StringComparison.Ordinal)))
        {
            return null;
        }

        var path = Path.Combine(Folder, name);
        return File.Exists(path) ? path : null;
    }
}
