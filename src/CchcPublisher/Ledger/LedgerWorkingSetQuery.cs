namespace CchcPublisher.Ledger;

/// <summary>
/// The part of the ledger one publishing run works on, instead of the whole ledger: every entry of the articles in
/// hand, plus, for the articles not in hand, the entries of the <see cref="Others"/> slices. The article ids go to
/// the database as one array parameter (JSON for SQLite, a PostgreSQL array), not as an <c>IN</c> list.
/// </summary>
internal sealed record LedgerWorkingSetQuery
{
    /// <summary>Articles whose entries are all returned (on <see cref="Channels"/>).</summary>
    public required IReadOnlyCollection<string> ArticleIds { get; init; }

    /// <summary>Only entries on these channels.</summary>
    public required IReadOnlyCollection<string> Channels { get; init; }

    /// <summary>Entries of other articles: each slice adds the ones it matches.</summary>
    public IReadOnlyList<LedgerSlice> Others { get; init; } = [];

    /// <summary>
    /// Strings the caller already holds (the articles' ids, titles, content hashes and source paths): a value read
    /// that equals one of them is that instance, not a copy, so a run over 10,000 articles holds their texts once.
    /// Only memory depends on it, never the result.
    /// </summary>
    public IReadOnlyCollection<string> KnownStrings { get; init; } = [];
}
