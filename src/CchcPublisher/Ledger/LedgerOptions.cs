namespace CchcPublisher.Ledger;

/// <summary>Where the ledger lives.</summary>
internal sealed class LedgerOptions
{
    public const string SectionName = "Ledger";

    /// <summary>SQLite database file; empty means <c>&lt;Paths:Data&gt;/cchc.db</c>.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>How long a write waits for another process holding the database (e.g. <c>status</c> while <c>run</c> writes).</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
