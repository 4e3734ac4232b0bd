namespace CchcPublisher.Ledger;

/// <summary>
/// Migration step 2: aggregate counters for plan progress (<see cref="ILedgerStatistics"/>), so that counting
/// never scans ledger rows. Each counter table holds counts per UTC hour (level 0, slot = ms / 3 600 000) and
/// per UTC day (level 1, slot = ms / 86 400 000). Triggers keep them, so every writer (this program, an import
/// script) keeps them right; "INSERT OR REPLACE" deletes the old row without firing DELETE triggers, so a
/// BEFORE INSERT trigger takes the old row's contribution back first. Existing rows are counted once here.
/// <list type="bullet">
/// <item><c>stat_channels</c>: publications per channel.</item>
/// <item><c>stat_task_channels</c>: publications per plan task and channel.</item>
/// <item><c>stat_articles</c>: one row per published article: first publication on any channel (radio programme
/// entries excluded: they are sessions, not articles), task, categories.</item>
/// <item><c>stat_tasks</c>, <c>stat_categories</c>: articles per task and per category, at their first publication.</item>
/// </list>
/// Never edit once shipped; add a new step.
/// </summary>
internal static class StatisticsSchema
{
    public const long HourMilliseconds = 3_600_000;
    public const long DayMilliseconds = 86_400_000;

    /// <summary>Ledger channel of radio programmes (a broadcast session, not an article).</summary>
    public const string ProgramChannel = "radio-program";

    private const string Levels = "(SELECT 0 AS level, 3600000 AS size UNION ALL SELECT 1, 86400000)";

    private static string Categories(string row) => $"json_each('[\"' || replace({row}.categories, ',', '\",\"') || '\"]')";

    /// <summary>One decrement per level (two statements, so each is a primary-key lookup).</summary>
    private static string Decrement(string table, string where, string instant) => $"""
        UPDATE {table} SET n = n - 1 WHERE {where} AND level = 0 AND slot = {instant} / 3600000;
            UPDATE {table} SET n = n - 1 WHERE {where} AND level = 1 AND slot = {instant} / 86400000;
        """;

    private const string OldEntry = "FROM publications WHERE article_id = NEW.article_id AND channel = NEW.channel AND published_at IS NOT NULL";

    public static string Step { get; } = $"""
        CREATE INDEX ix_publications_channel_published ON publications (channel, published_at) WHERE published_at IS NOT NULL;
        CREATE INDEX ix_publications_task_published ON publications (plan_task COLLATE NOCASE, published_at, channel)
            WHERE published_at IS NOT NULL AND plan_task IS NOT NULL;
        CREATE TABLE stat_channels (
            channel TEXT    NOT NULL,
            level   INTEGER NOT NULL,
            slot    INTEGER NOT NULL,
            n       INTEGER NOT NULL,
            PRIMARY KEY (channel, level, slot)
        ) WITHOUT ROWID;
        CREATE TABLE stat_task_channels (
            plan_task TEXT    NOT NULL COLLATE NOCASE,
            channel   TEXT    NOT NULL,
            level     INTEGER NOT NULL,
            slot      INTEGER NOT NULL,
            n         INTEGER NOT NULL,
            PRIMARY KEY (plan_task, channel, level, slot)
        ) WITHOUT ROWID;
        CREATE TABLE stat_articles (
            article_id TEXT    NOT NULL PRIMARY KEY,
            first_at   INTEGER NOT NULL,
            plan_task  TEXT    NULL,
            categories TEXT    NOT NULL DEFAULT ''
        ) WITHOUT ROWID;
        CREATE INDEX ix_stat_articles_first ON stat_articles (first_at);
        CREATE TABLE stat_tasks (
            plan_task TEXT    NOT NULL COLLATE NOCASE,
            level     INTEGER NOT NULL,
            slot      INTEGER NOT NULL,
            n         INTEGER NOT NULL,
            PRIMARY KEY (plan_task, level, slot)
        ) WITHOUT ROWID;
        CREATE TABLE stat_categories (
            category TEXT    NOT NULL,
            level    INTEGER NOT NULL,
            slot     INTEGER NOT NULL,
            n        INTEGER NOT NULL,
            PRIMARY KEY (category, level, slot)
        ) WITHOUT ROWID;

        CREATE TRIGGER tr_stat_articles_insert AFTER INSERT ON stat_articles BEGIN
            {AddArticle("NEW")}
        END;
        CREATE TRIGGER tr_stat_articles_delete AFTER DELETE ON stat_articles BEGIN
            {RemoveArticle("OLD")}
        END;
        CREATE TRIGGER tr_stat_articles_update AFTER UPDATE ON stat_articles BEGIN
            {RemoveArticle("OLD")}
            {AddArticle("NEW")}
        END;

        INSERT INTO stat_articles (article_id, first_at, plan_task, categories)
            SELECT article_id, MIN(published_at), MAX(plan_task), MAX(categories) FROM publications
            WHERE published_at IS NOT NULL AND channel <> '{ProgramChannel}' GROUP BY article_id;
        INSERT INTO stat_channels (channel, level, slot, n)
            SELECT channel, l.level, published_at / l.size, COUNT(*) FROM publications, {Levels} l
            WHERE published_at IS NOT NULL GROUP BY channel, l.level, published_at / l.size;
        INSERT INTO stat_task_channels (plan_task, channel, level, slot, n)
            SELECT MIN(plan_task), channel, l.level, published_at / l.size, COUNT(*) FROM publications, {Levels} l
            WHERE published_at IS NOT NULL AND plan_task IS NOT NULL GROUP BY plan_task COLLATE NOCASE, channel, l.level, published_at / l.size;

        CREATE TRIGGER tr_publications_before_insert BEFORE INSERT ON publications BEGIN
            {Decrement("stat_channels", "channel = NEW.channel", $"(SELECT published_at {OldEntry})")}
            {Decrement("stat_task_channels", $"channel = NEW.channel AND plan_task = (SELECT plan_task {OldEntry})", $"(SELECT published_at {OldEntry})")}
        END;
        CREATE TRIGGER tr_publications_after_insert AFTER INSERT ON publications BEGIN
            {AddPublication("NEW")}
            {RefreshArticle("NEW")}
        END;
        CREATE TRIGGER tr_publications_after_delete AFTER DELETE ON publications BEGIN
            {RemovePublication("OLD")}
            {RefreshArticle("OLD")}
        END;
        CREATE TRIGGER tr_publications_after_update AFTER UPDATE ON publications BEGIN
            {RemovePublication("OLD")}
            {AddPublication("NEW")}
            {RefreshArticle("OLD")}
            {RefreshArticle("NEW")}
        END;
        """;

    private static string AddPublication(string row) => $"""
        INSERT INTO stat_channels (channel, level, slot, n)
                SELECT {row}.channel, l.level, {row}.published_at / l.size, 1 FROM {Levels} l WHERE {row}.published_at IS NOT NULL
                ON CONFLICT (channel, level, slot) DO UPDATE SET n = n + 1;
            INSERT INTO stat_task_channels (plan_task, channel, level, slot, n)
                SELECT {row}.plan_task, {row}.channel, l.level, {row}.published_at / l.size, 1 FROM {Levels} l
                WHERE {row}.published_at IS NOT NULL AND {row}.plan_task IS NOT NULL
                ON CONFLICT (plan_task, channel, level, slot) DO UPDATE SET n = n + 1;
        """;

    private static string RemovePublication(string row) =>
        Decrement("stat_channels", $"channel = {row}.channel", $"{row}.published_at") + "\n    "
        + Decrement("stat_task_channels", $"channel = {row}.channel AND plan_task = {row}.plan_task", $"{row}.published_at");

    /// <summary>
    /// Makes the article's <c>stat_articles</c> row match its published entries (first instant, task, categories).
    /// Radio programme entries (<c>radio-program</c>, one per broadcast session, id <c>program/...</c>) are not
    /// articles; the articles read in them have their own <c>radio-broadcast</c> entries.
    /// </summary>
    private static string RefreshArticle(string row) => $"""
        DELETE FROM stat_articles WHERE article_id = {row}.article_id
                AND NOT EXISTS (SELECT 1 FROM publications WHERE article_id = {row}.article_id AND published_at IS NOT NULL AND channel <> '{ProgramChannel}');
            INSERT INTO stat_articles (article_id, first_at, plan_task, categories)
                SELECT {row}.article_id, MIN(published_at), {row}.plan_task, {row}.categories FROM publications
                WHERE article_id = {row}.article_id AND published_at IS NOT NULL AND channel <> '{ProgramChannel}' AND {row}.channel <> '{ProgramChannel}'
                GROUP BY article_id
                ON CONFLICT (article_id) DO UPDATE SET first_at = excluded.first_at, plan_task = excluded.plan_task, categories = excluded.categories
                WHERE first_at IS NOT excluded.first_at OR plan_task IS NOT excluded.plan_task OR categories IS NOT excluded.categories;
        """;

    private static string AddArticle(string row) => $"""
        INSERT INTO stat_tasks (plan_task, level, slot, n)
                SELECT {row}.plan_task, l.level, {row}.first_at / l.size, 1 FROM {Levels} l WHERE {row}.plan_task IS NOT NULL
                ON CONFLICT (plan_task, level, slot) DO UPDATE SET n = n + 1;
            INSERT INTO stat_categories (category, level, slot, n)
                SELECT j.value, l.level, {row}.first_at / l.size, 1 FROM {Categories(row)} j, {Levels} l WHERE j.value <> ''
                ON CONFLICT (category, level, slot) DO UPDATE SET n = n + 1;
        """;

    private static string RemoveArticle(string row) =>
        Decrement("stat_tasks", $"plan_task = {row}.plan_task", $"{row}.first_at") + "\n    "
        + Decrement("stat_categories", $"category IN (SELECT value FROM {Categories(row)})", $"{row}.first_at");
}
