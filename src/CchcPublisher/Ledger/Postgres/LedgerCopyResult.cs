namespace CchcPublisher.Ledger.Postgres;

/// <summary>What <see cref="LedgerCopy"/> moved: rows per table and the SHA-256 of the publications as compared.</summary>
internal sealed record LedgerCopyResult(int Publications, int Categories, int Events, string PublicationsHash);
