using CchcPublisher.Content;
using CchcPublisher.Hosting;
using CchcPublisher.Queries;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Publishing;

/// <summary>
/// Moves a queued article up or down its column's queue by rewriting <c>content/hang-doi.txt</c> atomically
/// (<see cref="QueueOrderFile"/>): the worker and <c>queue</c> read the same file, so they follow at once.
/// </summary>
internal sealed class QueueReorder(QueueQuery queue, IOptions<PathOptions> paths)
{
    /// <summary>Moves <paramref name="articleId"/> by <paramref name="offset"/> places (-1 up, +1 down). Returns an error, or null.</summary>
    public async Task<string?> MoveAsync(string articleId, int offset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        var view = await queue.GetAsync(cancellationToken);
        var row = view.Rows.FirstOrDefault(r => r.First.Column is not null && string.Equals(r.First.ArticleId, articleId, StringComparison.Ordinal));
        if (row is null)
        {
            return $"Bài '{articleId}' không ở trong hàng đợi của chuyên mục nào (bài có publish_at riêng không xếp hàng).";
        }

        var column = view.Rows
            .Where(r => r.First.Column == row.First.Column)
            .Select(r => r.First.ArticleId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var from = column.IndexOf(articleId);
        var to = Math.Clamp(from + offset, 0, column.Count - 1);
        if (to == from)
        {
            return offset < 0 ? "Bài đã ở đầu hàng đợi." : "Bài đã ở cuối hàng đợi.";
        }

        column.RemoveAt(from);
        column.Insert(to, articleId);
        var root = paths.Value.ContentRoot;
        var others = QueueOrderFile.Read(root).Where(id => !column.Contains(id, StringComparer.Ordinal));
        await QueueOrderFile.WriteAsync(root, column.Concat(others), cancellationToken);
        return null;
    }
}
