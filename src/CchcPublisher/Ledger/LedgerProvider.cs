namespace CchcPublisher.Ledger;

/// <summary>Which database holds the ledger (<c>Ledger:Provider</c>).</summary>
internal enum LedgerProvider
{
    /// <summary>One SQLite file per commune: the embedded default, nothing to install.</summary>
    Sqlite,

    /// <summary>A shared PostgreSQL database (one schema per commune), for several worker processes.</summary>
    Postgres,
}
