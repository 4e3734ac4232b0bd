using CchcPublisher.Content.Articles;
using CchcPublisher.Publishing;

namespace CchcPublisher.Queries;

/// <summary>
/// What is scheduled next, one row per article and due time across its channels, in publication order.
/// Reads only; read by <c>queue</c> and by the console's queue page.
/// </summary>
internal sealed class QueueQuery(PublishRunner runner, PublicationPlanner planner)
{
    public async Task<QueueView> GetAsync(CancellationToken cancellationToken)
    {
        var (content, plan) = await runner.PreviewAsync(new PublishRequest(), cancellationToken);
        var columnNames = planner.Columns.ToDictionary(c => c.Key, c => c.Column.Name, StringComparer.Ordinal);
        var rows = plan
            .Where(i => i.Action is PlannedAction.Schedule or PlannedAction.Publish or PlannedAction.Reconcile or PlannedAction.Update or PlannedAction.Wait)
            .GroupBy(i => (i.ArticleId, i.DueAt, i.Column))
            .OrderBy(g => g.Key.DueAt)
            .ThenBy(g => g.Key.ArticleId, StringComparer.Ordinal)
            .Select(g => new QueueRow(
                g.First(),
                g.Key.Column is { } key ? columnNames.GetValueOrDefault(key, key) : null,
                g.Select(i => i.Channel).ToList()))
            .ToList();
        var drafts = content.Articles.Count(a => a.Status == ArticleStatus.Draft);
        var broken = content.Diagnostics.Where(d => d.IsError).Select(d => d.Path).Distinct(StringComparer.Ordinal).Count();
        return new QueueView(rows, drafts, broken);
    }
}
