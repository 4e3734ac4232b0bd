using CchcPublisher.Channels;
using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Queries;

/// <summary>
/// Every publication between two commune days: the ledger (published, missed, waiting, radio programs) and the
/// queue's coming slots not yet recorded. Read by the console's calendar.
/// </summary>
internal sealed class CalendarQuery(ILedger ledger, QueueQuery queue, IOptions<CommuneOptions> commune)
{
    public async Task<IReadOnlyList<CalendarEntry>> ListAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var zone = commune.Value.GetTimeZone();
        await ledger.MigrateAsync(cancellationToken);
        bool InRange(DateTimeOffset at) => LedgerListDay(at, zone) is var day && day >= from && day <= to;
        var entries = new Dictionary<(string, string), CalendarEntry>();

        // Two indexed reads instead of the whole ledger: what was published in the range, and what is (or was) due in
        // it without a publication instant. An entry is placed by its publication, else by when it is due.
        var (start, end) = new Plan.DateRange(from, to).ToInstants(zone);
        var published = await ledger.ListAsync(new LedgerQuery { PublishedFrom = start, PublishedTo = end }, cancellationToken);
        var unpublished = await ledger.ListAsync(new LedgerQuery { DueFrom = start, DueTo = end }, cancellationToken);
        foreach (var entry in published.Concat(unpublished.Where(e => e.PublishedAt is null)))
        {
            if ((ChannelNames.All.Contains(entry.Channel) || entry.Channel == RadioLedgerChannels.Program) &&
                (entry.PublishedAt ?? entry.DueAt) is { } at && InRange(at))
            {
                entries[(entry.ArticleId, entry.Channel)] = new CalendarEntry(at, entry.ArticleId, entry.Title, entry.Channel, entry.State);
            }
        }

        foreach (var row in (await queue.GetAsync(cancellationToken)).Rows)
        {
            if (row.First.DueAt is not { } due || !InRange(due))
            {
                continue;
            }

            foreach (var channel in row.Channels)
            {
                entries.TryAdd((row.First.ArticleId, channel),
                    new CalendarEntry(due, row.First.ArticleId, row.First.Article?.Title ?? row.First.ArticleId, channel, PublicationState.Scheduled));
            }
        }

        return [.. entries.Values.OrderBy(e => e.At).ThenBy(e => e.ArticleId, StringComparer.Ordinal).ThenBy(e => e.Channel, StringComparer.Ordinal)];
    }

    private static DateOnly LedgerListDay(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
