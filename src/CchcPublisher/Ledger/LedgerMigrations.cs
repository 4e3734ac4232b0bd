namespace CchcPublisher.Ledger;

/// <summary>
/// The schema, as an append-only list of steps. The database's <c>PRAGMA user_version</c> says how many ran.
/// Never edit a step that has shipped; add a new one.
/// </summary>
internal static class LedgerMigrations
{
    public static IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE publications (
            article_id     TEXT    NOT NULL,
            channel        TEXT    NOT NULL,
            state          TEXT    NOT NULL,
            due_at         INTEGER NULL,
            column_key     TEXT    NULL,
            remote_id      TEXT    NULL,
            remote_url     TEXT    NULL,
            content_hash   TEXT    NOT NULL,
            published_hash TEXT    NULL,
            attempts       INTEGER NOT NULL DEFAULT 0,
            last_error     TEXT    NULL,
            retry_after    INTEGER NULL,
            title          TEXT    NOT NULL,
            categories     TEXT    NOT NULL DEFAULT '',
            plan_task      TEXT    NULL,
            source_path    TEXT    NULL,
            created_at     INTEGER NOT NULL,
            updated_at     INTEGER NOT NULL,
            published_at   INTEGER NULL,
            PRIMARY KEY (article_id, channel)
        ) WITHOUT ROWID;
        CREATE INDEX ix_publications_state ON publications (state, due_at);
        CREATE INDEX ix_publications_updated ON publications (updated_at);
        CREATE INDEX ix_publications_published ON publications (published_at, channel) WHERE published_at IS NOT NULL;
        CREATE TABLE publication_categories (
            article_id   TEXT    NOT NULL,
            channel      TEXT    NOT NULL,
            category     TEXT    NOT NULL,
            published_at INTEGER NULL,
            PRIMARY KEY (article_id, channel, category)
        ) WITHOUT ROWID;
        CREATE INDEX ix_publication_categories_published ON publication_categories (published_at, category);
        CREATE TABLE publication_events (
            id         INTEGER PRIMARY KEY,
            article_id TEXT    NOT NULL,
            channel    TEXT    NOT NULL,
            at         INTEGER NOT NULL,
            state      TEXT    NOT NULL,
            message    TEXT    NULL
        );
        CREATE INDEX ix_publication_events_article ON publication_events (article_id, channel, at);
        """,
        StatisticsSchema.Step,
        // 3: "status" lists the newest entries per state; without this index it sorted the whole table.
        "CREATE INDEX ix_publications_state_updated ON publications (state, updated_at);",
        // 4: what was sent and when, so that reconciliation matches the sent version from the send time.
        """
        ALTER TABLE publications ADD COLUMN claimed_at INTEGER NULL;
        ALTER TABLE publications ADD COLUMN sent_title TEXT NULL;
        ALTER TABLE publications ADD COLUMN sent_snapshot TEXT NULL;
        """,
        // 5: the next retry time of a run (ILedger.NextDueAsync) without reading every published row.
        "CREATE INDEX ix_publications_retry ON publications (retry_after) WHERE retry_after IS NOT NULL;",
        // 6: the leadership's approvals, bound to the article version (Approval/); never kept in the Markdown file.
        """
        CREATE TABLE approval_events (
            id           INTEGER PRIMARY KEY,
            article_id   TEXT    NOT NULL,
            content_hash TEXT    NOT NULL,
            status       TEXT    NOT NULL,
            actor        TEXT    NOT NULL,
            at           INTEGER NOT NULL,
            comment      TEXT    NULL
        );
        CREATE INDEX ix_approval_events_article ON approval_events (article_id, id);
        """,
        // 7: a run's working set finds the published pages of removed articles (and the scheduled or failed entries)
        // by state and channel; through (state, updated_at) it walked every published row of every channel (0.8 s at
        // 1M rows, before every run).
        "CREATE INDEX ix_publications_state_channel ON publications (state, channel);",
    ];
}
