using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Province;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Queries;

/// <summary>
/// The province console's overview: every commune's plan progress, who is behind, failures and items waiting,
/// through each commune's own <see cref="OverviewQuery"/> and <see cref="PlanStatusQuery"/> (so the numbers are
/// the ones the commune sees). A commune that cannot be read is a row with its reason, never a failed page.
/// </summary>
internal sealed class ProvinceOverviewQuery(ICommuneDirectory communes)
{
    /// <summary>Communes read at once: each is a content load and a few ledger queries.</summary>
    private const int Parallelism = 4;

    public async Task<IReadOnlyList<ProvinceCommuneRow>> GetAsync(ProvinceSort sort, bool descending, CancellationToken cancellationToken)
    {
        var ids = communes.List();
        var rows = new ProvinceCommuneRow[ids.Count];
        await Parallel.ForAsync(0, ids.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, token) => rows[i] = await ReadAsync(ids[i], token));
        return Sort(rows, sort, descending);
    }

    public static IReadOnlyList<ProvinceCommuneRow> Sort(IEnumerable<ProvinceCommuneRow> rows, ProvinceSort sort, bool descending)
    {
        ArgumentNullException.ThrowIfNull(rows);
        IOrderedEnumerable<ProvinceCommuneRow> ordered = sort switch
        {
            ProvinceSort.Progress => Order(rows, r => r.ProgressPercent ?? -1, descending),
            ProvinceSort.Behind => Order(rows, r => r.TargetsBehind, descending),
            ProvinceSort.Failures => Order(rows, r => r.Failures, descending),
            ProvinceSort.Waiting => Order(rows, r => r.Waiting, descending),
            _ => descending
                ? rows.OrderByDescending(r => r.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
                : rows.OrderBy(r => r.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false)),
        };
        return [.. ordered.ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

    private static IOrderedEnumerable<ProvinceCommuneRow> Order(IEnumerable<ProvinceCommuneRow> rows, Func<ProvinceCommuneRow, int> key, bool descending) =>
        descending ? rows.OrderByDescending(key) : rows.OrderBy(key);

    private async Task<ProvinceCommuneRow> ReadAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var services = communes.Services(id);
            var name = services.GetRequiredService<IOptions<CommuneOptions>>().Value.Name;
            var overview = await services.GetRequiredService<OverviewQuery>().GetAsync(cancellationToken);
            var plan = (await services.GetRequiredService<PlanStatusQuery>().GetAsync(null, cancellationToken)).Status;
            var failures = overview.Attention.Count(r => r.Entry.State is PublicationState.Failed or PublicationState.Unknown or PublicationState.Publishing);
            var waiting = overview.Attention.Count(r => r.Entry.State is PublicationState.AwaitingManual);
            return new ProvinceCommuneRow(
                id,
                name,
                plan?.Plan.Title,
                plan?.Targets.Sum(t => Math.Min(t.Done, t.Required)) ?? 0,
                plan?.Targets.Sum(t => t.ExpectedSoFar) ?? 0,
                plan?.Targets.Sum(t => t.Required) ?? 0,
                plan?.Behind.Count() ?? 0,
                failures,
                waiting,
                overview.Channels.Sum(c => c.PublishedWeek),
                overview.Channels.Sum(c => c.DueToday),
                null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new ProvinceCommuneRow(id, id, null, 0, 0, 0, 0, 0, 0, 0, 0, Cli.SettingsErrors.Describe(ex) ?? ex.Message);
        }
    }
}
