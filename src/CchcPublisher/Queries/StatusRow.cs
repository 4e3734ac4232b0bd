using CchcPublisher.Ledger;

namespace CchcPublisher.Queries;

/// <summary>One ledger row of <see cref="StatusQuery"/>; <paramref name="ChangedSincePublished"/> when the article was edited after it went out.</summary>
internal sealed record StatusRow(LedgerEntry Entry, bool ChangedSincePublished);
