using CchcPublisher.Content;
using CchcPublisher.Ledger;

namespace CchcPublisher.Publishing;

/// <summary>
/// The ledger entries <see cref="PublicationPlanner"/> consults, as one <see cref="LedgerWorkingSetQuery"/>, so that a
/// run reads those and not the whole ledger. Planning over this set gives the same plan as over the whole ledger
/// (<c>PlannerWorkingSetTests</c> checks it). On the available channels only, the planner ignores the others:
/// <list type="bullet">
/// <item>every entry of an article in hand (ready or draft): its own decision, its queue slot, its withdrawal;</item>
/// <item>an article not in hand (file removed or broken) that is scheduled or failed: skipped, or waiting while its
/// file is broken; awaiting a manual post: withdrawn;</item>
/// <item>an article not in hand published on a channel that follows the content folder: withdrawn, unless the
/// content folder read as empty (then nothing is withdrawn, and these are not read);</item>
/// <item>an article not in hand that went out in a column slot after now: that slot stays taken, so new articles
/// are queued after it (slots up to now cannot push the queue, which never starts before now).</item>
/// </list>
/// Published entries of removed articles on other channels, and missed, skipped, withdrawn, publishing or unknown
/// entries of removed articles, change no decision and are not read.
/// </summary>
internal static class PlannerWorkingSet
{
    public static LedgerWorkingSetQuery For(
        ContentSnapshot content, IReadOnlyCollection<string> availableChannels, IReadOnlyCollection<string> followingChannels, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        List<LedgerSlice> others =
        [
            new() { States = [PublicationState.Scheduled, PublicationState.Failed, PublicationState.AwaitingManual] },
            new() { States = [PublicationState.Published, PublicationState.AwaitingManual], ColumnSlotAfter = now },
        ];
        if (content.Articles.Count > 0 && followingChannels.Count > 0)
        {
            others.Add(new() { States = [PublicationState.Published], Channels = followingChannels });
        }

        return new LedgerWorkingSetQuery
        {
            ArticleIds = [.. content.Articles.Select(a => a.Id).Distinct(StringComparer.Ordinal)],
            Channels = availableChannels,
            Others = others,
            KnownStrings = KnownStrings(content),
        };
    }

    /// <summary>What the entries of the articles in hand repeat from them (shared, not copied, by the read).</summary>
    private static List<string> KnownStrings(ContentSnapshot content)
    {
        var known = new List<string>(content.Articles.Count * 4);
        foreach (var article in content.Articles)
        {
            known.Add(article.Id);
            known.Add(article.Title);
            known.Add(article.ContentHash);
            known.Add(article.SourcePath);
        }

        return known;
    }
}
