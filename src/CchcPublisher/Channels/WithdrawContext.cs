using CchcPublisher.Content.Articles;
using CchcPublisher.Ledger;

namespace CchcPublisher.Channels;

/// <summary>What a channel needs to take one publication off its service.</summary>
/// <param name="Entry">The ledger entry of the publication (its remote id and URL).</param>
/// <param name="Article">The article as it is now, or <c>null</c> when its file is gone.</param>
internal sealed record WithdrawContext(LedgerEntry Entry, Article? Article)
{
    public string ArticleId => Entry.ArticleId;
}
