namespace CchcPublisher.Ledger.Postgres;

/// <summary>
/// Migration step 3: what <see cref="ILedgerStatistics"/> needs on PostgreSQL. Entry counts (per channel, per
/// task and channel) are index range scans over <c>publications</c>. Article counts need each article's first
/// publication on any channel, kept in <c>stat_articles</c> by a row trigger, so that every writer (this
/// program, <c>ledger copy</c>, a repair script) keeps it right; radio programme entries are sessions, not
/// articles, and are left out, as in <see cref="StatisticsSchema"/>. The trigger takes a transaction-scoped
/// advisory lock per article before it reads, so two workers publishing one article on two channels at the same
/// moment cannot both write a stale first instant. The functions keep the schema's search path (the migration
/// runs with <c>SET LOCAL search_path</c> to the commune's schema). Never edit once shipped; add a new step.
/// </summary>
internal static class PostgresStatisticsSchema
{
    public static string Step { get; } = $$"""
        CREATE INDEX ix_publications_task_published ON publications (lower(plan_task), published_at, channel)
            WHERE published_at IS NOT NULL AND plan_task IS NOT NULL;
        CREATE TABLE stat_articles (
            article_id text   NOT NULL PRIMARY KEY,
            first_at   bigint NOT NULL,
            plan_task  text   NULL,
            categories text   NOT NULL DEFAULT ''
        );
        CREATE INDEX ix_stat_articles_first ON stat_articles (first_at);
        CREATE INDEX ix_stat_articles_task ON stat_articles (lower(plan_task), first_at) WHERE plan_task IS NOT NULL;

        CREATE FUNCTION stat_refresh_article(p_article text, p_channel text, p_task text, p_categories text) RETURNS void
        LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
        DECLARE
            v_first bigint;
        BEGIN
            PERFORM pg_advisory_xact_lock(hashtext('cchc-stat:' || current_schema() || ':' || p_article));
            SELECT min(published_at) INTO v_first FROM publications
                WHERE article_id = p_article AND published_at IS NOT NULL AND channel <> '{{StatisticsSchema.ProgramChannel}}';
            IF v_first IS NULL THEN
                DELETE FROM stat_articles WHERE article_id = p_article;
            ELSIF p_channel <> '{{StatisticsSchema.ProgramChannel}}' THEN
                INSERT INTO stat_articles (article_id, first_at, plan_task, categories) VALUES (p_article, v_first, p_task, p_categories)
                ON CONFLICT (article_id) DO UPDATE SET first_at = EXCLUDED.first_at, plan_task = EXCLUDED.plan_task, categories = EXCLUDED.categories;
            END IF;
        END
        $fn$;

        CREATE FUNCTION tr_publications_stat() RETURNS trigger
        LANGUAGE plpgsql SET search_path FROM CURRENT AS $fn$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                PERFORM stat_refresh_article(OLD.article_id, OLD.channel, OLD.plan_task, OLD.categories);
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                PERFORM stat_refresh_article(NEW.article_id, NEW.channel, NEW.plan_task, NEW.categories);
            END IF;
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER tr_publications_stat AFTER INSERT OR UPDATE OR DELETE ON publications
            FOR EACH ROW EXECUTE FUNCTION tr_publications_stat();

        INSERT INTO stat_articles (article_id, first_at, plan_task, categories)
            SELECT DISTINCT ON (article_id) article_id, min(published_at) OVER (PARTITION BY article_id), plan_task, categories
            FROM publications WHERE published_at IS NOT NULL AND channel <> '{{StatisticsSchema.ProgramChannel}}'
            ORDER BY article_id, updated_at DESC;
        """;
}
