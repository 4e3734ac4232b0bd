namespace CchcPublisher.Ledger.Postgres;

/// <summary>
/// The PostgreSQL schema, as an append-only list of steps (the counterpart of <see cref="LedgerMigrations"/>).
/// Every step runs inside the ledger's own schema (one schema per commune); <c>ledger_schema_version</c> says how
/// many ran. Instants are UTC Unix milliseconds (<c>bigint</c>), as in SQLite, so a copy between the two is exact.
/// Never edit a step that has shipped; add a new one.
/// </summary>
internal static class PostgresLedgerMigrations
{
    public static IReadOnlyList<string> Steps { get; } =
    [
        """
        CREATE TABLE publications (
            article_id     text    NOT NULL,
            channel        text    NOT NULL,
            state          text    NOT NULL,
            due_at         bigint  NULL,
            column_key     text    NULL,
            remote_id      text    NULL,
            remote_url     text    NULL,
            content_hash   text    NOT NULL,
            published_hash text    NULL,
            attempts       integer NOT NULL DEFAULT 0,
            last_error     text    NULL,
            retry_after    bigint  NULL,
            title          text    NOT NULL,
            categories     text    NOT NULL DEFAULT '',
            plan_task      text    NULL,
            source_path    text    NULL,
            created_at     bigint  NOT NULL,
            updated_at     bigint  NOT NULL,
            published_at   bigint  NULL,
            PRIMARY KEY (article_id, channel)
        );
        CREATE INDEX ix_publications_state ON publications (state, due_at);
        CREATE INDEX ix_publications_updated ON publications (updated_at);
        CREATE INDEX ix_publications_state_updated ON publications (state, updated_at);
        CREATE INDEX ix_publications_published ON publications (published_at, channel) WHERE published_at IS NOT NULL;
        CREATE TABLE publication_categories (
            article_id   text   NOT NULL,
            channel      text   NOT NULL,
            category     text   NOT NULL,
            published_at bigint NULL,
            PRIMARY KEY (article_id, channel, category)
        );
        CREATE INDEX ix_publication_categories_published ON publication_categories (published_at, category);
        CREATE TABLE publication_events (
            id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            article_id text   NOT NULL,
            channel    text   NOT NULL,
            at         bigint NOT NULL,
            state      text   NOT NULL,
            message    text   NULL
        );
        CREATE INDEX ix_publication_events_article ON publication_events (article_id, channel, at);
        """,
        // 2 (SQLite step 4): what was sent and when, so that reconciliation matches the sent version from the send time.
        """
        ALTER TABLE publications ADD COLUMN claimed_at bigint NULL;
        ALTER TABLE publications ADD COLUMN sent_title text NULL;
        ALTER TABLE publications ADD COLUMN sent_snapshot text NULL;
        """,
        // 3: what plan progress counts (ILedgerStatistics); see PostgresStatisticsSchema.
        PostgresStatisticsSchema.Step,
        // 4 (SQLite step 5): the next retry time of a run (ILedger.NextDueAsync) without reading every published row.
        "CREATE INDEX ix_publications_retry ON publications (retry_after) WHERE retry_after IS NOT NULL;",
        // 5 (SQLite step 6): the leadership's approvals, bound to the article version (Approval/).
        """
        CREATE TABLE approval_events (
            id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            article_id   text   NOT NULL,
            content_hash text   NOT NULL,
            status       text   NOT NULL,
            actor        text   NOT NULL,
            at           bigint NOT NULL,
            comment      text   NULL
        );
        CREATE INDEX ix_approval_events_article ON approval_events (article_id, id);
        """,
        // 6 (SQLite step 7): a run's working set by state and channel (PlannerWorkingSet's slices of removed articles).
        "CREATE INDEX ix_publications_state_channel ON publications (state, channel);",
    ];
}
