using CchcPublisher.Content;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Queries;

/// <summary>
/// Every article file (drafts and files with errors included) with where it stands, narrowed by an
/// <see cref="ArticleFilter"/>, newest date first. Read by the console's "Bài viết" page.
/// </summary>
internal sealed class ArticleListQuery(
    IContentLoader loader,
    ILedger ledger,
    IOptions<CommuneOptions> commune,
    IOptions<PathOptions> paths,
    IEnumerable<Channels.IChannel> channels)
{
    /// <summary>The channels this installation has (the channel registry), in registration order.</summary>
    public IReadOnlyList<string> Channels() => [.. channels.Select(c => c.Name).Distinct(StringComparer.Ordinal)];

    /// <summary>The categories in force (built-in plus <c>content/categories.yaml</c>).</summary>
    public async Task<CategoryTaxonomy> TaxonomyAsync(CancellationToken cancellationToken) =>
        (await loader.LoadAsync(null, cancellationToken)).Taxonomy;

    public async Task<(IReadOnlyList<ArticleListRow> Rows, CategoryTaxonomy Taxonomy)> ListAsync(ArticleFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var snapshot = await loader.LoadAsync(null, cancellationToken);
        await ledger.MigrateAsync(cancellationToken);
        var published = (await ledger.ListAsync(new LedgerQuery { States = [PublicationState.Published] }, cancellationToken))
            .GroupBy(e => e.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var zone = commune.Value.GetTimeZone();
        var rows = new List<ArticleListRow>();
        foreach (var article in snapshot.Articles)
        {
            var entries = published.GetValueOrDefault(article.Id) ?? [];
            var status = article.Status == ArticleStatus.Draft ? ArticleListStatus.Draft
                : entries.Count > 0 ? ArticleListStatus.Published
                : ArticleListStatus.Waiting;
            var date = article.PublishAt ?? entries.Select(e => e.PublishedAt).Where(d => d is not null).Min();
            rows.Add(new ArticleListRow(article.RelativePath, article.Id, article.Title, article.Categories, article.Channels, status,
                article.PlanTask, article.Author, date, [.. entries.Select(e => e.Channel).Distinct(StringComparer.Ordinal)], []));
        }

        var root = paths.Value.ContentRoot;
        foreach (var broken in snapshot.Diagnostics.Where(d => d.IsError).GroupBy(d => Path.GetFullPath(d.Path), StringComparer.Ordinal))
        {
            if (!broken.Key.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !broken.Key.StartsWith(root, StringComparison.Ordinal))
            {
                continue;
            }

            var relative = Path.GetRelativePath(root, broken.Key).Replace('\\', '/');
            rows.Add(new ArticleListRow(relative, null, Path.GetFileName(broken.Key), [], [], ArticleListStatus.Broken, null, null, null, [],
                [.. broken.Take(3).Select(d => $"dòng {d.Line}: {d.Message}")]));
        }

        return ([.. rows.Where(r => Matches(r, filter, zone))
            .OrderByDescending(r => r.Date ?? DateTimeOffset.MaxValue)
            .ThenBy(r => r.RelativePath, StringComparer.Ordinal)], snapshot.Taxonomy);
    }

    private static bool Matches(ArticleListRow row, ArticleFilter filter, TimeZoneInfo zone)
    {
        static bool Has(string? haystack, string needle) => haystack?.Contains(needle, StringComparison.OrdinalIgnoreCase) == true;
        DateOnly? day = row.Date is { } d ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(d, zone).DateTime) : null;
        return (filter.Text is not { Length: > 0 } text || Has(row.Title, text) || Has(row.Id, text) || Has(row.RelativePath, text))
               && (filter.Category is not { Length: > 0 } category || row.Categories.Contains(category, StringComparer.Ordinal))
               && (filter.Channel is not { Length: > 0 } channel || row.Channels.Contains(channel, StringComparer.Ordinal))
               && (filter.Status is not { } status || row.Status == status)
               && (filter.PlanTask is not { Length: > 0 } task || string.Equals(row.PlanTask, task, StringComparison.OrdinalIgnoreCase))
               && (filter.Unit is not { Length: > 0 } unit || Has(row.Author, unit))
               && (filter.From is not { } from || (day is { } a && a >= from))
               && (filter.To is not { } to || (day is { } b && b <= to));
    }
}
