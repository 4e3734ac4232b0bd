using Microsoft.Data.Sqlite;

namespace CchcPublisher.Ledger;

/// <summary>
/// Reads and writes single ledger entries inside one SQLite transaction with statements prepared once: a batch of
/// thousands of entries (a first import's outcomes) costs thousands of executions, not thousands of statement
/// compilations. Each write replaces the row, its category rows, and adds an event when the state or error changed.
/// </summary>
internal sealed class SqliteEntryWriter : IAsyncDisposable
{
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _clearCategories;
    private readonly SqliteCommand _addCategory;
    private readonly SqliteCommand _addEvent;

    public SqliteEntryWriter(SqliteConnection connection, SqliteTransaction? transaction)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _find = Command(connection, transaction,
            $"SELECT {SqliteLedger.Columns} FROM publications WHERE article_id = $article AND channel = $channel;",
            "$article", "$channel");
        _upsert = Command(connection, transaction,
            $"INSERT OR REPLACE INTO publications ({SqliteLedger.Columns}) VALUES " +
            "($article, $channel, $state, $due, $column, $remoteId, $remoteUrl, $hash, $publishedHash, $attempts, " +
            "$error, $retryAfter, $title, $categories, $planTask, $source, $created, $updated, $published, " +
            "$claimed, $sentTitle, $sentSnapshot);",
            "$article", "$channel", "$state", "$due", "$column", "$remoteId", "$remoteUrl", "$hash", "$publishedHash", "$attempts",
            "$error", "$retryAfter", "$title", "$categories", "$planTask", "$source", "$created", "$updated", "$published",
            "$claimed", "$sentTitle", "$sentSnapshot");
        _clearCategories = Command(connection, transaction,
            "DELETE FROM publication_categories WHERE article_id = $article AND channel = $channel;",
            "$article", "$channel");
        _addCategory = Command(connection, transaction,
            "INSERT INTO publication_categories (article_id, channel, category, published_at) VALUES ($article, $channel, $category, $published);",
            "$article", "$channel", "$category", "$published");
        _addEvent = Command(connection, transaction,
            "INSERT INTO publication_events (article_id, channel, at, state, message) VALUES ($article, $channel, $at, $state, $message);",
            "$article", "$channel", "$at", "$state", "$message");
    }

    public async Task<LedgerEntry?> FindAsync(string articleId, string channel, CancellationToken cancellationToken)
    {
        Set(_find, articleId, channel);
        await using var reader = await _find.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? SqliteLedger.Read(reader) : null;
    }

    /// <summary>Writes <paramref name="entry"/> over <paramref name="previous"/> (what <see cref="FindAsync"/> returned).</summary>
    public async Task WriteAsync(LedgerEntry entry, LedgerEntry? previous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Set(_upsert,
            entry.ArticleId, entry.Channel, SqliteLedger.StateName(entry.State), SqliteLedger.ToUnix(entry.DueAt), entry.Column,
            entry.RemoteId, entry.RemoteUrl, entry.ContentHash, entry.PublishedHash, entry.Attempts,
            entry.LastError, SqliteLedger.ToUnix(entry.RetryAfter), entry.Title, string.Join(',', entry.Categories), entry.PlanTask,
            entry.SourcePath, SqliteLedger.ToUnix(entry.CreatedAt), SqliteLedger.ToUnix(entry.UpdatedAt), SqliteLedger.ToUnix(entry.PublishedAt),
            SqliteLedger.ToUnix(entry.ClaimedAt), entry.SentTitle, entry.SentSnapshot);
        await _upsert.ExecuteNonQueryAsync(cancellationToken);

        Set(_clearCategories, entry.ArticleId, entry.Channel);
        await _clearCategories.ExecuteNonQueryAsync(cancellationToken);
        foreach (var category in entry.Categories.Distinct(StringComparer.Ordinal))
        {
            Set(_addCategory, entry.ArticleId, entry.Channel, category, SqliteLedger.ToUnix(entry.PublishedAt));
            await _addCategory.ExecuteNonQueryAsync(cancellationToken);
        }

        if (previous is null || previous.State != entry.State || previous.LastError != entry.LastError)
        {
            Set(_addEvent, entry.ArticleId, entry.Channel, SqliteLedger.ToUnix(entry.UpdatedAt), SqliteLedger.StateName(entry.State), entry.LastError);
            await _addEvent.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { _find, _upsert, _clearCategories, _addCategory, _addEvent })
        {
            await command.DisposeAsync();
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
