using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace CchcPublisher.Ledger.Postgres;

/// <summary>
/// Moves a commune's SQLite ledger into its PostgreSQL schema (a commune joining the province installation): every
/// publication, its categories and its whole event history, in one transaction. Before committing, the rows are
/// read back from PostgreSQL and compared with the source by count and SHA-256 over every value in a fixed order;
/// any difference rolls the copy back. A schema that already holds publications is never written to.
/// </summary>
internal static class LedgerCopy
{
    private static readonly string[] BigintColumns = ["due_at", "retry_after", "created_at", "updated_at", "published_at", "claimed_at"];

    /// <summary>Each table: its columns, the order rows are copied in (events keep their sequence) and the order they are compared in.</summary>
    private static readonly (string Table, string Columns, string CopyOrder, string Order)[] Tables =
    [
        ("publications", SqliteLedger.Columns, "article_id, channel", "article_id, channel"),
        ("publication_categories", "article_id, channel, category, published_at", "article_id, channel, category", "article_id, channel, category"),
        ("publication_events", "article_id, channel, at, state, message", "id", "article_id, channel, at, state, message"),
        // The leadership's approvals travel with the ledger: a moved commune keeps what was approved, by whom.
        ("approval_events", "article_id, content_hash, status, actor, at, comment", "id", "article_id, at, content_hash, status, actor, comment"),
    ];

    public static async Task<LedgerCopyResult> CopyAsync(string sqlitePath, NpgsqlDataSource target, string schema, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!File.Exists(sqlitePath))
        {
            throw new LedgerCopyException($"Không tìm thấy sổ theo dõi SQLite '{sqlitePath}'.");
        }

        // Brings an older file to the current schema first, so that every column exists on both sides.
        await new SqliteLedger(sqlitePath, TimeSpan.FromSeconds(10)).MigrateAsync(cancellationToken);
        await using (var ledger = new PostgresLedger(target, schema, ownsDataSource: false))
        {
            await ledger.MigrateAsync(cancellationToken);
        }

        var quoted = PostgresLedger.QuoteIdentifier(schema);
        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqlitePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await source.OpenAsync(cancellationToken);
        await using var connection = await target.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var existing = new NpgsqlCommand($"SELECT count(*) FROM {quoted}.publications;", connection, transaction))
        {
            if ((long)(await existing.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                throw new LedgerCopyException($"Lược đồ PostgreSQL '{schema}' đã có dữ liệu; không chép đè. Kiểm tra mã xã, hoặc xóa lược đồ nếu đó là một lần chép thử.");
            }
        }

        var counts = new List<(string Table, int Rows, string Hash)>();
        foreach (var (table, columns, copyOrder, order) in Tables)
        {
            var names = columns.Split(',', StringSplitOptions.TrimEntries);
            var rows = 0;
            await using (var read = new SqliteCommand($"SELECT {columns} FROM {table} ORDER BY {copyOrder};", source))
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
            await using (var import = await connection.BeginBinaryImportAsync($"COPY {quoted}.{table} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    await import.StartRowAsync(cancellationToken);
                    for (var i = 0; i < names.Length; i++)
                    {
                        await WriteAsync(import, names[i], reader.IsDBNull(i) ? null : reader.GetValue(i), cancellationToken);
                    }

                    rows++;
                }

                await import.CompleteAsync(cancellationToken);
            }

            var sourceHash = await HashAsync(new SqliteCommand($"SELECT {columns} FROM {table} ORDER BY {order};", source), cancellationToken);
            // SQLite compares text by bytes and puts NULL first: the same order in PostgreSQL.
            var targetOrder = string.Join(", ", order.Split(',', StringSplitOptions.TrimEntries).Select(c => c is "at" ? c : $"{c} COLLATE \"C\" NULLS FIRST"));
            var targetHash = await HashAsync(new NpgsqlCommand($"SELECT {columns} FROM {quoted}.{table} ORDER BY {targetOrder};", connection, transaction), cancellationToken);
            if (sourceHash.Rows != rows || targetHash.Rows != rows || sourceHash.Hash != targetHash.Hash)
            {
                throw new LedgerCopyException(
                    $"Bảng {table}: bản chép không khớp nguồn (nguồn {sourceHash.Rows} dòng, đích {targetHash.Rows} dòng); đã hủy, PostgreSQL không thay đổi.");
            }

            counts.Add((table, rows, targetHash.Hash));
        }

        await transaction.CommitAsync(cancellationToken);
        return new LedgerCopyResult(counts[0].Rows, counts[1].Rows, counts[2].Rows, counts[0].Hash);
    }

    private static Task WriteAsync(NpgsqlBinaryImporter import, string column, object? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            return import.WriteNullAsync(cancellationToken);
        }

        if (column == "attempts")
        {
            return import.WriteAsync(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer, cancellationToken);
        }

        return BigintColumns.Contains(column) || column == "at"
            ? import.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint, cancellationToken)
            : import.WriteAsync(Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text, cancellationToken);
    }

    /// <summary>Rows and SHA-256 over every value as invariant text (null distinct from empty), in the statement's order.</summary>
    private static async Task<(int Rows, string Hash)> HashAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var rows = 0;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var line = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    line.Append(reader.IsDBNull(i) ? "\u0000" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('\u001f');
                }

                hash.AppendData(Encoding.UTF8.GetBytes(line.Append('\u001e').ToString()));
                rows++;
            }

            return (rows, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
    }
}
