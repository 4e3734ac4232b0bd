using CchcPublisher.Channels;
using CchcPublisher.Content;
using CchcPublisher.Content.Articles;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Logging;

namespace CchcPublisher.Publishing;

/// <summary>
/// Makes a local channel's output again from the content and the ledger (<see cref="IRebuildableChannel"/>): before
/// every publishing run when the output is missing or damaged (a deleted <c>data/site</c> is never left with an index
/// of one article), and on <c>site rebuild</c>.
/// </summary>
internal sealed class OutputRebuilder(ILedger ledger, IEnumerable<IChannel> channels, ILogger<OutputRebuilder> logger)
{
    /// <summary>Rebuilds what needs it (or everything, when <paramref name="force"/>); the count written per channel.</summary>
    /// <param name="content">The articles in hand.</param>
    /// <param name="force">Rebuild even what looks whole (<c>site rebuild</c>).</param>
    /// <param name="cancellationToken">Stops before the next channel.</param>
    /// <param name="known">Entries already read that hold every entry of the articles in hand on the rebuildable
    /// channels (a publishing run's working set); null to read them here.</param>
    public async Task<IReadOnlyDictionary<string, int>> RebuildAsync(
        ContentSnapshot content, bool force, CancellationToken cancellationToken, IReadOnlyList<LedgerEntry>? known = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var articles = content.Articles
            .Where(a => a.Status == ArticleStatus.Ready)
            .ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var channel in channels.Where(c => c is IRebuildableChannel))
        {
            var rebuildable = (IRebuildableChannel)channel;
            // Only the articles in hand can be rebuilt: their entries by key, not every published row of the channel
            // (hundreds of thousands in an old ledger, read before every run).
            var entries = known ?? await ledger.ListWorkingSetAsync(new LedgerWorkingSetQuery { ArticleIds = articles.Keys, Channels = [channel.Name] }, cancellationToken);
            List<(Article, LedgerEntry)> published = [.. entries
                .Where(e => e.Channel == channel.Name && e.State == PublicationState.Published && articles.ContainsKey(e.ArticleId))
                .Select(e => (articles[e.ArticleId], e))];
            if (!force && !await rebuildable.NeedsRebuildAsync(published.Count, cancellationToken))
            {
                continue;
            }

            try
            {
                result[channel.Name] = await rebuildable.RebuildAsync(published, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or TimeoutException)
            {
                logger.RebuildFailed(ex, ChannelNames.Label(channel.Name));
                if (force)
                {
                    throw;
                }
            }
        }

        return result;
    }
}
