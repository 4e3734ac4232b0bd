using System.Globalization;
using CchcPublisher.Common;
using Npgsql;

namespace CchcPublisher.Ledger.Postgres;

/// <summary>
/// <see cref="ILedger"/> on PostgreSQL, for a province where several worker processes share one database. Each
/// commune's ledger lives in its own schema. Writes lock the (article, channel) row (<c>SELECT … FOR UPDATE</c>
/// inside a transaction), so two processes claiming the same item serialise on that row: the second one sees the
/// first one's <see cref="PublicationState.Publishing"/> and is refused. Rows, values and events are the same as
/// in <see cref="SqliteLedger"/>, whose row reader this class shares.
/// </summary>
internal sealed partial class PostgresLedger(NpgsqlDataSource dataSource, string schema, bool ownsDataSource = true) : ILedger, IAsyncDisposable, IDisposable
{
    private readonly string _schema = QuoteIdentifier(schema);

    public string Schema { get; } = schema;

    /// <summary>Disposes the data source (connection pool) when this ledger owns it.</summary>
    public ValueTask DisposeAsync() => ownsDataSource ? dataSource.DisposeAsync() : ValueTask.CompletedTask;

    public void Dispose()
    {
        if (ownsDataSource)
        {
            dataSource.Dispose();
        }
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Workers starting together: one migrates, the others wait here and then find nothing to do.
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtext('cchc-ledger:' || @schema));", cancellationToken, ("schema", Schema));
        await ExecuteAsync(connection, transaction,
            $"CREATE SCHEMA IF NOT EXISTS {_schema}; SET LOCAL search_path TO {_schema}; " +
            "CREATE TABLE IF NOT EXISTS ledger_schema_version (version integer NOT NULL); " +
            "INSERT INTO ledger_schema_version SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM ledger_schema_version);",
            cancellationToken);
        await using (var read = new NpgsqlCommand("SELECT version FROM ledger_schema_version;", connection, transaction))
        {
            var version = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            if (version > PostgresLedgerMigrations.Steps.Count)
            {
                throw new InvalidOperationException(
                    $"Sổ theo dõi PostgreSQL (lược đồ '{Schema}') được tạo bởi phiên bản mới hơn (bước {version}); hãy cập nhật CchcPublisher.");
            }

            for (var step = version; step < PostgresLedgerMigrations.Steps.Count; step++)
            {
                await ExecuteAsync(connection, transaction, PostgresLedgerMigrations.Steps[step], cancellationToken);
                await ExecuteAsync(connection, transaction, "UPDATE ledger_schema_version SET version = @v;", cancellationToken, ("v", step + 1));
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<LedgerEntry?> FindAsync(string articleId, string channel, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await FindAsync(connection, null, articleId, channel, forUpdate: false, cancellationToken);
    }

    public async Task<IReadOnlyList<LedgerEntry>> ListAsync(LedgerQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        var where = new List<string>();
        var states = query.States is { Count: > 0 } wanted ? wanted
            : query.DueFrom is not null || query.DueTo is not null ? Enum.GetValues<PublicationState>()
            : null;
        if (states is not null)
        {
            where.Add("state = ANY(@states)");
            command.Parameters.AddWithValue("states", states.Select(SqliteLedger.StateName).ToArray());
        }

        AddFilter(command, where, "channel = @channel", "channel", query.Channel);
        AddFilter(command, where, "article_id = @article", "article", query.ArticleId);
        AddFilter(command, where, "updated_at >= @updatedSince", "updatedSince", SqliteLedger.ToUnix(query.UpdatedSince));
        AddFilter(command, where, "published_at >= @from", "from", SqliteLedger.ToUnix(query.PublishedFrom));
        AddFilter(command, where, "published_at < @to", "to", SqliteLedger.ToUnix(query.PublishedTo));
        AddFilter(command, where, "due_at >= @dueFrom", "dueFrom", SqliteLedger.ToUnix(query.DueFrom));
        AddFilter(command, where, "due_at < @dueTo", "dueTo", SqliteLedger.ToUnix(query.DueTo));
        command.CommandText =
            $"SELECT {SqliteLedger.Columns} FROM {_schema}.publications" +
            (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : string.Empty) +
            // Byte order, as SQLite compares text, so both providers list in the same order.
            " ORDER BY updated_at DESC, article_id COLLATE \"C\" DESC, channel COLLATE \"C\" DESC" +
            (query.Limit is { } limit ? $" LIMIT {limit.ToString(CultureInfo.InvariantCulture)}" : string.Empty);
        var result = new List<LedgerEntry>();
        var strings = new SharedStrings();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(SqliteLedger.Read(reader, strings));
        }

        return result;
    }

    public async Task SaveAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var previous = await LockAsync(connection, transaction, entry, cancellationToken);
        await WriteAsync(connection, transaction, entry, previous, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<LedgerEntry?> TryClaimAsync(LedgerEntry claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await LockAsync(connection, transaction, claim, cancellationToken);
        if (LedgerClaim.Decide(current, claim) is not { } stored)
        {
            return null;
        }

        await WriteAsync(connection, transaction, stored, current, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <summary>
    /// Locks the entry's row for this transaction, creating a placeholder first when it does not exist yet, so
    /// that two first claims of a new item also serialise (the loser waits on the row, then sees "publishing").
    /// Returns the entry as it was before this transaction, or <c>null</c> when it did not exist.
    /// </summary>
    private async Task<LedgerEntry?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, LedgerEntry entry, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(connection, transaction, entry.ArticleId, entry.Channel, forUpdate: true, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        await using var insert = new NpgsqlCommand(
            $"INSERT INTO {_schema}.publications (article_id, channel, state, content_hash, title, created_at, updated_at) " +
            "VALUES (@article, @channel, '', '', '', 0, 0) ON CONFLICT (article_id, channel) DO NOTHING;",
            connection, transaction);
        insert.Parameters.AddWithValue("article", entry.ArticleId);
        insert.Parameters.AddWithValue("channel", entry.Channel);
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            return null;
        }

        // Another process inserted it between our read and our insert: its row is committed now, lock and read it.
        return await FindAsync(connection, transaction, entry.ArticleId, entry.Channel, forUpdate: true, cancellationToken);
    }

    private async Task WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, LedgerEntry entry, LedgerEntry? previous, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        AddWrite(batch, entry, previous);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Adds the statements that write one entry (row, categories, event) to a batch.</summary>
    private void AddWrite(NpgsqlBatch batch, LedgerEntry entry, LedgerEntry? previous)
    {
        var upsert = new NpgsqlBatchCommand(
            $"INSERT INTO {_schema}.publications ({SqliteLedger.Columns}) VALUES " +
            "(@article, @channel, @state, @due, @column, @remoteId, @remoteUrl, @hash, @publishedHash, @attempts, " +
            "@error, @retryAfter, @title, @categories, @planTask, @source, @created, @updated, @published, " +
            "@claimed, @sentTitle, @sentSnapshot) " +
            "ON CONFLICT (article_id, channel) DO UPDATE SET state = EXCLUDED.state, due_at = EXCLUDED.due_at, " +
            "column_key = EXCLUDED.column_key, remote_id = EXCLUDED.remote_id, remote_url = EXCLUDED.remote_url, " +
            "content_hash = EXCLUDED.content_hash, published_hash = EXCLUDED.published_hash, attempts = EXCLUDED.attempts, " +
            "last_error = EXCLUDED.last_error, retry_after = EXCLUDED.retry_after, title = EXCLUDED.title, " +
            "categories = EXCLUDED.categories, plan_task = EXCLUDED.plan_task, source_path = EXCLUDED.source_path, " +
            "created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at, published_at = EXCLUDED.published_at, " +
            "claimed_at = EXCLUDED.claimed_at, sent_title = EXCLUDED.sent_title, sent_snapshot = EXCLUDED.sent_snapshot;");
        Add(upsert, "article", entry.ArticleId);
        Add(upsert, "channel", entry.Channel);
        Add(upsert, "state", SqliteLedger.StateName(entry.State));
        Add(upsert, "due", SqliteLedger.ToUnix(entry.DueAt));
        Add(upsert, "column", entry.Column);
        Add(upsert, "remoteId", entry.RemoteId);
        Add(upsert, "remoteUrl", entry.RemoteUrl);
        Add(upsert, "hash", entry.ContentHash);
        Add(upsert, "publishedHash", entry.PublishedHash);
        Add(upsert, "attempts", entry.Attempts);
        Add(upsert, "error", entry.LastError);
        Add(upsert, "retryAfter", SqliteLedger.ToUnix(entry.RetryAfter));
        Add(upsert, "title", entry.Title);
        Add(upsert, "categories", string.Join(',', entry.Categories));
        Add(upsert, "planTask", entry.PlanTask);
        Add(upsert, "source", entry.SourcePath);
        Add(upsert, "created", SqliteLedger.ToUnix(entry.CreatedAt));
        Add(upsert, "updated", SqliteLedger.ToUnix(entry.UpdatedAt));
        Add(upsert, "published", SqliteLedger.ToUnix(entry.PublishedAt));
        Add(upsert, "claimed", SqliteLedger.ToUnix(entry.ClaimedAt));
        Add(upsert, "sentTitle", entry.SentTitle);
        Add(upsert, "sentSnapshot", entry.SentSnapshot);
        batch.BatchCommands.Add(upsert);

        var clear = new NpgsqlBatchCommand($"DELETE FROM {_schema}.publication_categories WHERE article_id = @article AND channel = @channel;");
        Add(clear, "article", entry.ArticleId);
        Add(clear, "channel", entry.Channel);
        batch.BatchCommands.Add(clear);

        var categories = entry.Categories.Distinct(StringComparer.Ordinal).ToArray();
        if (categories.Length > 0)
        {
            var insert = new NpgsqlBatchCommand(
                $"INSERT INTO {_schema}.publication_categories (article_id, channel, category, published_at) " +
                "SELECT @article, @channel, c, @published FROM unnest(@categories) AS c;");
            Add(insert, "article", entry.ArticleId);
            Add(insert, "channel", entry.Channel);
            Add(insert, "categories", categories);
            Add(insert, "published", SqliteLedger.ToUnix(entry.PublishedAt));
            batch.BatchCommands.Add(insert);
        }

        if (previous is null || previous.State != entry.State || previous.LastError != entry.LastError)
        {
            var history = new NpgsqlBatchCommand(
                $"INSERT INTO {_schema}.publication_events (article_id, channel, at, state, message) VALUES (@article, @channel, @at, @state, @message);");
            Add(history, "article", entry.ArticleId);
            Add(history, "channel", entry.Channel);
            Add(history, "at", SqliteLedger.ToUnix(entry.UpdatedAt));
            Add(history, "state", SqliteLedger.StateName(entry.State));
            Add(history, "message", entry.LastError);
            batch.BatchCommands.Add(history);
        }
    }

    private async Task<LedgerEntry?> FindAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string articleId, string channel, bool forUpdate, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT {SqliteLedger.Columns} FROM {_schema}.publications WHERE article_id = @article AND channel = @channel" +
            (forUpdate ? " FOR UPDATE;" : ";"),
            connection, transaction);
        command.Parameters.AddWithValue("article", articleId);
        command.Parameters.AddWithValue("channel", channel);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SqliteLedger.Read(reader) : null;
    }

    private static void AddFilter(NpgsqlCommand command, List<string> where, string clause, string name, object? value)
    {
        if (value is null)
        {
            return;
        }

        where.Add(clause);
        command.Parameters.AddWithValue(name, value);
    }

    private static void Add(NpgsqlBatchCommand command, string name, object? value) =>
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A schema name as a quoted identifier; only letters, digits and '_' are accepted (it comes from configuration).</summary>
    internal static string QuoteIdentifier(string name) =>
        PostgresLedgerRegistration.IsValidSchema(name)
            ? "\"" + name + "\""
            : throw new ArgumentException($"Tên lược đồ PostgreSQL không hợp lệ: '{name}' (chỉ chữ cái, chữ số và '_', tối đa 63 ký tự).", nameof(name));
}
