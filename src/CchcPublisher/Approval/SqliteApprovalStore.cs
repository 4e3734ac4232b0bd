using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CchcPublisher.Approval;

/// <summary><see cref="IApprovalStore"/> in the SQLite ledger file (instants as UTC Unix milliseconds).</summary>
internal sealed class SqliteApprovalStore(string databasePath, TimeSpan busyTimeout) : IApprovalStore
{
    private const string Columns = "article_id, content_hash, status, actor, at, comment";

    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
    }.ToString();

    public async Task AddAsync(ApprovalEvent approvalEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approvalEvent);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO approval_events ({Columns}) VALUES ($a, $h, $s, $w, $t, $c);";
        command.Parameters.AddWithValue("$a", approvalEvent.ArticleId);
        command.Parameters.AddWithValue("$h", approvalEvent.ContentHash);
        command.Parameters.AddWithValue("$s", ApprovalStatusText.StoredName(approvalEvent.Status));
        command.Parameters.AddWithValue("$w", approvalEvent.Actor);
        command.Parameters.AddWithValue("$t", approvalEvent.At.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$c", (object?)approvalEvent.Comment ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ApprovalEvent>> HistoryAsync(string articleId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM approval_events WHERE article_id = $a ORDER BY id;";
        command.Parameters.AddWithValue("$a", articleId);
        return await ReadAllAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<ApprovalEvent>> LatestAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT {Columns} FROM approval_events WHERE id IN (SELECT MAX(id) FROM approval_events GROUP BY article_id) ORDER BY article_id;";
        return await ReadAllAsync(command, cancellationToken);
    }

    internal static async Task<IReadOnlyList<ApprovalEvent>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var result = new List<ApprovalEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new ApprovalEvent(
                reader.GetString(0),
                reader.GetString(1),
                ApprovalStatusText.Parse(reader.GetString(2)),
                reader.GetString(3),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return result;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
