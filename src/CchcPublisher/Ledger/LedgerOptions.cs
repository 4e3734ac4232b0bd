namespace CchcPublisher.Ledger;

/// <summary>Where the ledger lives.</summary>
internal sealed class LedgerOptions
{
    public const string SectionName = "Ledger";

    /// <summary><c>Sqlite</c> (default: one file, zero set-up) or <c>Postgres</c> (shared by several workers).</summary>
    public LedgerProvider Provider { get; set; } = LedgerProvider.Sqlite;

    /// <summary>
    /// PostgreSQL connection string (with <c>Provider = Postgres</c>). Keep it out of files checked in with the
    /// content: set it through the environment (<c>Ledger__ConnectionString</c>) or a secrets file.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>PostgreSQL schema holding this commune's ledger (letters, digits, '_').</summary>
    public string Schema { get; set; } = "cchc";

    /// <summary>SQLite database file; empty means <c>&lt;Paths:Data&gt;/cchc.db</c>.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>How long a write waits for another process holding the database (e.g. <c>status</c> while <c>run</c> writes).</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
