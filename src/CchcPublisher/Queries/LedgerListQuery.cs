using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Queries;

/// <summary>
/// The ledger narrowed by a <see cref="LedgerFilter"/>, most recently changed first. Read by the console's ledger
/// page; states and channel go to the ledger's own query, the rest is filtered here.
/// </summary>
internal sealed class LedgerListQuery(ILedger ledger, IOptions<CommuneOptions> commune)
{
    public async Task<(IReadOnlyList<LedgerEntry> Rows, bool More)> ListAsync(LedgerFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await ledger.MigrateAsync(cancellationToken);
        var zone = commune.Value.GetTimeZone();
        // Without the filters applied here, the ledger's own LIMIT keeps a page to its rows (the updated_at index is
        // walked backwards); with them, the ledger is read until enough rows match.
        var narrowedHere = filter.Category is { Length: > 0 } || filter.PlanTask is { Length: > 0 } || filter.Text is { Length: > 0 } ||
                           filter.From is not null || filter.To is not null;
        var entries = await ledger.ListAsync(new LedgerQuery
        {
            Channel = string.IsNullOrEmpty(filter.Channel) ? null : filter.Channel,
            States = filter.State is { } state ? [state] : null,
            Limit = narrowedHere ? null : filter.Limit + 1,
        }, cancellationToken);
        var rows = entries
            .Where(e => filter.Category is not { Length: > 0 } c || e.Categories.Contains(c, StringComparer.Ordinal))
            .Where(e => filter.PlanTask is not { Length: > 0 } t || string.Equals(e.PlanTask, t, StringComparison.OrdinalIgnoreCase))
            .Where(e => filter.Text is not { Length: > 0 } text ||
                        e.Title.Contains(text, StringComparison.OrdinalIgnoreCase) || e.ArticleId.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Where(e => InRange(DayOf(e, zone), filter.From, filter.To))
            .Take(filter.Limit + 1)
            .ToList();
        var more = rows.Count > filter.Limit;
        return (more ? rows[..filter.Limit] : rows, more);
    }

    /// <summary>The commune day an entry belongs to: when it was published, else when it is due, else its last change.</summary>
    public static DateOnly DayOf(LedgerEntry entry, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var instant = entry.PublishedAt ?? entry.DueAt ?? entry.UpdatedAt;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    private static bool InRange(DateOnly day, DateOnly? from, DateOnly? to) =>
        (from is null || day >= from) && (to is null || day <= to);
}
