using System.Data.Common;
using System.Globalization;
using CchcPublisher.Common;
using Microsoft.Data.Sqlite;

namespace CchcPublisher.Ledger;

/// <summary>
/// <see cref="ILedger"/> on a SQLite file. Instants are stored as UTC Unix milliseconds so that range queries
/// stay index-friendly; categories are copied into <c>publication_categories</c> for per-category counts.
/// </summary>
internal sealed partial class SqliteLedger(string databasePath, TimeSpan busyTimeout) : ILedger, IDisposable
{
    private readonly SemaphoreSlim _stampGate = new(1, 1);
    private SqliteConnection? _stampConnection;

    internal const string Columns =
        "article_id, channel, state, due_at, column_key, remote_id, remote_url, content_hash, published_hash, attempts, " +
        "last_error, retry_after, title, categories, plan_task, source_path, created_at, updated_at, published_at, " +
        "claimed_at, sent_title, sent_snapshot";

    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
    }.ToString();

    public string DatabasePath { get; } = databasePath;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(DatabasePath));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var version = Convert.ToInt32(await ScalarAsync(connection, transaction, "PRAGMA user_version;", cancellationToken), CultureInfo.InvariantCulture);
        if (version > LedgerMigrations.Steps.Count)
        {
            throw new InvalidOperationException(
                $"Sổ theo dõi '{DatabasePath}' được tạo bởi phiên bản mới hơn (lược đồ {version}); hãy cập nhật CchcPublisher.");
        }

        for (var step = version; step < LedgerMigrations.Steps.Count; step++)
        {
            await ExecuteAsync(connection, transaction, LedgerMigrations.Steps[step], cancellationToken);
            await ExecuteAsync(connection, transaction, $"PRAGMA user_version = {step + 1};", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<LedgerEntry?> FindAsync(string articleId, string channel, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = new SqliteEntryWriter(connection, transaction: null);
        return await reader.FindAsync(articleId, channel, cancellationToken);
    }

    public async Task<IReadOnlyList<LedgerEntry>> ListAsync(LedgerQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new List<string>();
        var states = query.States is { Count: > 0 } wanted ? wanted
            : query.DueFrom is not null || query.DueTo is not null ? Enum.GetValues<PublicationState>()
            : null;
        if (states is not null)
        {
            var names = states.Select((s, i) => $"$s{i}").ToList();
            // With one article, the primary key is the right index; the unary '+' stops SQLite from preferring
            // the (state, updated_at) index and scanning every published row instead.
            var column = query.ArticleId is null ? "state" : "+state";
            where.Add($"{column} IN ({string.Join(", ", names)})");
            var i = 0;
            foreach (var state in states)
            {
                command.Parameters.AddWithValue($"$s{i++}", StateName(state));
            }
        }

        AddFilter(command, where, "channel = $channel", "$channel", query.Channel);
        AddFilter(command, where, "article_id = $article", "$article", query.ArticleId);
        AddFilter(command, where, "updated_at >= $updatedSince", "$updatedSince", ToUnix(query.UpdatedSince));
        AddFilter(command, where, "published_at >= $from", "$from", ToUnix(query.PublishedFrom));
        AddFilter(command, where, "published_at < $to", "$to", ToUnix(query.PublishedTo));
        AddFilter(command, where, "due_at >= $dueFrom", "$dueFrom", ToUnix(query.DueFrom));
        AddFilter(command, where, "due_at < $dueTo", "$dueTo", ToUnix(query.DueTo));
        command.CommandText =
            $"SELECT {Columns} FROM publications" +
            (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : string.Empty) +
            // One sort direction throughout, so SQLite can walk the updated_at indexes backwards instead of sorting.
            " ORDER BY updated_at DESC, article_id DESC, channel DESC" +
            (query.Limit is { } limit ? $" LIMIT {limit.ToString(CultureInfo.InvariantCulture)}" : string.Empty);
        var result = new List<LedgerEntry>();
        var strings = new SharedStrings();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(Read(reader, strings));
        }

        return result;
    }

    public async Task SaveAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var writer = new SqliteEntryWriter(connection, transaction))
        {
            var previous = await writer.FindAsync(entry.ArticleId, entry.Channel, cancellationToken);
            await writer.WriteAsync(entry, previous, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<LedgerEntry?> TryClaimAsync(LedgerEntry claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var connection = await OpenAsync(cancellationToken);

        // BEGIN IMMEDIATE takes the write lock up front, so two processes cannot both read "not claimed".
        await using var transaction = connection.BeginTransaction(deferred: false);
        LedgerEntry stored;
        await using (var writer = new SqliteEntryWriter(connection, transaction))
        {
            var current = await writer.FindAsync(claim.ArticleId, claim.Channel, cancellationToken);
            if (LedgerClaim.Decide(current, claim) is not { } decided)
            {
                return null;
            }

            stored = decided;
            await writer.WriteAsync(stored, current, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    private static void AddFilter(SqliteCommand command, List<string> where, string clause, string name, object? value)
    {
        if (value is null)
        {
            return;
        }

        where.Add(clause);
        command.Parameters.AddWithValue(name, value);
    }

    internal static LedgerEntry Read(DbDataReader reader) => Read(reader, null);

    /// <param name="reader">A row of <see cref="Columns"/>.</param>
    /// <param name="strings">Shares repeated values among the rows of a large read (see <see cref="SharedStrings"/>).</param>
    internal static LedgerEntry Read(DbDataReader reader, SharedStrings? strings)
    {
        string Text(int ordinal) => strings is null ? reader.GetString(ordinal) : strings.Share(reader.GetString(ordinal));
        string? Optional(int ordinal) => reader.IsDBNull(ordinal) ? null : Text(ordinal);
        var categories = reader.GetString(13);
        return new()
        {
            ArticleId = Text(0),
            Channel = Text(1),
            State = ParseState(reader.GetString(2)),
            DueAt = FromUnix(reader, 3),
            Column = Optional(4),
            RemoteId = Optional(5),
            RemoteUrl = Optional(6),
            ContentHash = Text(7),
            PublishedHash = Optional(8),
            Attempts = reader.GetInt32(9),
            LastError = Optional(10),
            RetryAfter = FromUnix(reader, 11),
            Title = Text(12),
            Categories = strings is null ? categories.Split(',', StringSplitOptions.RemoveEmptyEntries) : strings.ShareList(categories),
            PlanTask = Optional(14),
            SourcePath = Optional(15),
            CreatedAt = FromUnix(reader, 16)!.Value,
            UpdatedAt = FromUnix(reader, 17)!.Value,
            PublishedAt = FromUnix(reader, 18),
            ClaimedAt = FromUnix(reader, 19),
            SentTitle = Optional(20),
            SentSnapshot = reader.IsDBNull(21) ? null : reader.GetString(21),
        };
    }

    internal static string StateName(PublicationState state) => state.ToString().ToLowerInvariant();

    private static PublicationState ParseState(string name) =>
        Enum.TryParse<PublicationState>(name, ignoreCase: true, out var state)
            ? state
            : throw new InvalidDataException($"Trạng thái không hợp lệ trong sổ theo dõi: '{name}'.");

    internal static long? ToUnix(DateTimeOffset? value) => value?.ToUnixTimeMilliseconds();

    private static DateTimeOffset? FromUnix(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    /// <summary>
    /// <c>PRAGMA data_version</c> on a connection of its own that never writes: SQLite changes it whenever another
    /// connection, of this process or any other, commits.
    /// </summary>
    public async Task<long?> ChangeStampAsync(CancellationToken cancellationToken)
    {
        await _stampGate.WaitAsync(cancellationToken);
        try
        {
            if (_stampConnection is null)
            {
                var stamp = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString());
                await stamp.OpenAsync(cancellationToken);
                _stampConnection = stamp;
            }

            return Convert.ToInt64(await ScalarAsync(_stampConnection, null, "PRAGMA data_version;", cancellationToken), CultureInfo.InvariantCulture);
        }
        finally
        {
            _stampGate.Release();
        }
    }

    public void Dispose()
    {
        _stampConnection?.Dispose();
        _stampConnection = null;
        _stampGate.Dispose();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
