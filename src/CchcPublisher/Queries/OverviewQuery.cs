using CchcPublisher.Channels;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Queries;

/// <summary>
/// The console's "Tổng quan": what went out and what goes out today and this week (Monday to Sunday, the
/// commune's days) on each channel, and the ledger rows that need a person. Reads only.
/// </summary>
internal sealed class OverviewQuery(ILedger ledger, QueueQuery queue, StatusQuery status, IOptions<CommuneOptions> commune, TimeProvider time)
{
    public async Task<OverviewView> GetAsync(CancellationToken cancellationToken)
    {
        var zone = commune.Value.GetTimeZone();
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var weekStart = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var weekEnd = weekStart.AddDays(7);
        await ledger.MigrateAsync(cancellationToken);
        var published = await ledger.ListAsync(
            new LedgerQuery { States = [PublicationState.Published], PublishedFrom = Start(weekStart, zone), PublishedTo = Start(weekEnd, zone) },
            cancellationToken);
        var items = published
            .Where(e => ChannelNames.All.Contains(e.Channel))
            .Select(e => new OverviewItem(e.PublishedAt!.Value, e.ArticleId, e.Title, e.Channel, PublicationState.Published))
            .ToList();
        var view = await queue.GetAsync(cancellationToken);
        foreach (var row in view.Rows)
        {
            if (row.First.DueAt is { } due && due >= now && due < Start(weekEnd, zone))
            {
                items.AddRange(row.Channels.Select(c => new OverviewItem(due, row.First.ArticleId, row.First.Article?.Title ?? row.First.ArticleId, c, PublicationState.Scheduled)));
            }
        }

        var todayEnd = Start(today.AddDays(1), zone);
        var todayStart = Start(today, zone);
        var channels = ChannelNames.All
            .Select(c => new OverviewChannel(
                c,
                items.Count(i => i.Channel == c && i.State == PublicationState.Published && i.At >= todayStart && i.At < todayEnd),
                items.Count(i => i.Channel == c && i.State == PublicationState.Scheduled && i.At < todayEnd),
                items.Count(i => i.Channel == c && i.State == PublicationState.Published),
                items.Count(i => i.Channel == c && i.State == PublicationState.Scheduled)))
            .ToList();
        var attention = (await status.ListAsync(100, cancellationToken))
            .Where(r => StatusQuery.Attention.Contains(r.Entry.State))
            .ToList();
        return new OverviewView(today, weekStart, channels, [.. items.OrderBy(i => i.At).ThenBy(i => i.ArticleId, StringComparer.Ordinal)], attention);
    }

    private static DateTimeOffset Start(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
