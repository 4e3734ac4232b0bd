using CchcPublisher.Channels;
using CchcPublisher.Content;
using CchcPublisher.Ledger;

namespace CchcPublisher.Publishing;

/// <summary>
/// What each article in hand already has on the channels (its published entries), taken from the batch's working set
/// instead of one ledger query per article. The working set holds every entry of the articles in hand
/// (<see cref="PlannerWorkingSet"/>) and is read at the start of each batch; a batch's own results are added by the
/// caller as they come in. The working set only has the channels this run can publish to; when some channel is not
/// among them (turned off in the settings, yet published to before) or the article is not in hand, the answer is
/// unknown (<c>null</c>): ask the ledger.
/// </summary>
internal sealed class EarlierResults
{
    private readonly HashSet<string> _inHand;
    private readonly ILookup<string, LedgerEntry> _published;

    private EarlierResults(HashSet<string> inHand, ILookup<string, LedgerEntry> published)
    {
        _inHand = inHand;
        _published = published;
    }

    public static EarlierResults From(IReadOnlyList<LedgerEntry> workingSet, IReadOnlyCollection<string> workingSetChannels, ContentSnapshot content)
    {
        ArgumentNullException.ThrowIfNull(workingSet);
        ArgumentNullException.ThrowIfNull(workingSetChannels);
        ArgumentNullException.ThrowIfNull(content);
        var complete = ChannelNames.All.All(workingSetChannels.Contains);
        return new EarlierResults(
            complete ? content.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal) : [],
            workingSet.Where(e => e.State == PublicationState.Published).ToLookup(e => e.ArticleId, StringComparer.Ordinal));
    }

    /// <summary>A fresh, writable map from channel to its published result, or <c>null</c> when the article is not in hand.</summary>
    public Dictionary<string, PublishResult>? For(string articleId) =>
        _inHand.Contains(articleId)
            ? _published[articleId].ToDictionary(e => e.Channel, e => PublishResult.Published(e.RemoteId, e.RemoteUrl), StringComparer.Ordinal)
            : null;
}
