using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CchcPublisher.Benchmarks.Corpus;
using CchcPublisher.Content.Categories;
using CchcPublisher.Ledger;
using Microsoft.Data.Sqlite;

namespace CchcPublisher.Benchmarks.Ledger;

/// <summary>
/// Fills a ledger file with N realistic rows (N/4 articles on the four channels over five years) through the
/// real schema (<see cref="SqliteLedger.MigrateAsync"/>), in one transaction with prepared commands. The state
/// mix is what years of operation leave behind: almost everything published, a few per cent missed, skipped,
/// failed or scheduled. Deterministic for a given row count.
/// </summary>
internal static class LedgerSeeder
{
    /// <summary>Bump when the generated data changes, so cached files are rebuilt.</summary>
    public const int DataVersion = 1;

    private static readonly string[] Channels = ["website", "zalo", "facebook", "radio"];
    private static readonly string[] CategoryKeys = [.. CategoryTaxonomy.BuiltIn.All.Select(c => c.Key)];

    /// <summary>End of the seeded history: the newest rows were updated shortly before this instant.</summary>
    public static readonly DateTimeOffset HistoryEnd = new(2026, 11, 1, 0, 30, 0, TimeSpan.Zero);

    private static readonly TimeSpan History = TimeSpan.FromDays(5 * 365);

    /// <summary>A cached seeded file for <paramref name="rows"/> under the temp folder, created when missing or stale.</summary>
    public static async Task<string> EnsureAsync(int rows, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), "cchc-bench", $"ledger-{rows.ToString(CultureInfo.InvariantCulture)}-v{DataVersion}.db");
        if (File.Exists(path) && await CountAsync(path, cancellationToken) == rows)
        {
            return path;
        }

        await SeedAsync(path, rows, cancellationToken);
        return path;
    }

    /// <summary>
    /// A copy of the cached seeded file (<see cref="EnsureAsync"/>) migrated to the current schema, next to it as
    /// <c>ledger-&lt;rows&gt;-v&lt;DataVersion&gt;-current.db</c>. The seeded file itself is never opened for writing, so
    /// ledgers seeded before a migration stay usable as "old ledger" inputs (docs/performance.md, section 4).
    /// </summary>
    public static async Task<string> EnsureMigratedAsync(int rows, CancellationToken cancellationToken)
    {
        var seeded = await EnsureAsync(rows, cancellationToken);
        var path = Path.ChangeExtension(seeded, null) + "-current.db";
        if (!File.Exists(path))
        {
            var partial = path + ".partial";
            File.Copy(seeded, partial, overwrite: true);
            await new SqliteLedger(partial, TimeSpan.FromSeconds(10)).MigrateAsync(cancellationToken);
            SqliteConnection.ClearAllPools();
            File.Move(partial, path, overwrite: true);
        }

        await new SqliteLedger(path, TimeSpan.FromSeconds(10)).MigrateAsync(cancellationToken);
        return path;
    }

    /// <summary>Creates <paramref name="path"/> afresh with <paramref name="rows"/> publication rows.</summary>
    public static async Task SeedAsync(string path, int rows, CancellationToken cancellationToken)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        SqliteConnection.ClearAllPools();
        await new SqliteLedger(path, TimeSpan.FromSeconds(10)).MigrateAsync(cancellationToken);

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;", cancellationToken);
        await using (var transaction = connection.BeginTransaction())
        {
            await using var publication = Prepare(connection, transaction,
                "INSERT INTO publications (article_id, channel, state, due_at, column_key, remote_id, remote_url, content_hash, " +
                "published_hash, attempts, last_error, retry_after, title, categories, plan_task, source_path, created_at, updated_at, published_at) " +
                "VALUES ($article, $channel, $state, $due, $column, $remoteId, $remoteUrl, $hash, $publishedHash, $attempts, $error, " +
                "$retryAfter, $title, $categories, $planTask, $source, $created, $updated, $published);",
                "$article", "$channel", "$state", "$due", "$column", "$remoteId", "$remoteUrl", "$hash", "$publishedHash", "$attempts",
                "$error", "$retryAfter", "$title", "$categories", "$planTask", "$source", "$created", "$updated", "$published");
            await using var category = Prepare(connection, transaction,
                "INSERT INTO publication_categories (article_id, channel, category, published_at) VALUES ($article, $channel, $category, $published);",
                "$article", "$channel", "$category", "$published");

            var articles = (rows + Channels.Length - 1) / Channels.Length;
            var step = History.Ticks / Math.Max(1, articles);
            var start = HistoryEnd - History;
            var written = 0;
            for (var a = 0; a < articles && written < rows; a++)
            {
                var random = new Random(a);
                var created = start + TimeSpan.FromTicks(step * a);
                var id = $"{created.Year.ToString(CultureInfo.InvariantCulture)}/{created.Month.ToString("D2", CultureInfo.InvariantCulture)}/bai-{(a + 1).ToString("D7", CultureInfo.InvariantCulture)}";
                var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
                var title = $"{Phrases.TitleOpenings[random.Next(Phrases.TitleOpenings.Length)]} {Phrases.TitleSubjects[random.Next(Phrases.TitleSubjects.Length)]}";
                var categories = Categories(random);
                var planTask = random.Next(100) < 40 ? Phrases.PlanTasks[random.Next(Phrases.PlanTasks.Length)] : null;
                var due = created + TimeSpan.FromHours(random.Next(1, 72));
                foreach (var channel in Channels)
                {
                    if (written++ >= rows)
                    {
                        break;
                    }

                    var (state, error) = State(random);
                    var updated = state == PublicationState.Scheduled ? created : due + TimeSpan.FromMinutes(random.Next(1, 30));
                    var published = state == PublicationState.Published ? updated : (DateTimeOffset?)null;
                    var p = publication.Parameters;
                    p[0].Value = id;
                    p[1].Value = channel;
                    p[2].Value = SqliteLedger.StateName(state);
                    p[3].Value = due.ToUnixTimeMilliseconds();
                    p[4].Value = random.Next(100) < 70 ? "cchc-hang-tuan" : DBNull.Value;
                    p[5].Value = published is null ? DBNull.Value : RemoteId(channel, a);
                    p[6].Value = published is null || channel is "radio" ? DBNull.Value : $"https://hoaan.example.gov.vn/bai-viet/bai-{a + 1}.html";
                    p[7].Value = hash;
                    p[8].Value = published is null ? DBNull.Value : hash;
                    p[9].Value = state is PublicationState.Failed ? 5 : state is PublicationState.Scheduled ? 0 : 1;
                    p[10].Value = (object?)error ?? DBNull.Value;
                    p[11].Value = state is PublicationState.Failed ? updated.AddHours(6).ToUnixTimeMilliseconds() : DBNull.Value;
                    p[12].Value = title;
                    p[13].Value = string.Join(',', categories);
                    p[14].Value = (object?)planTask ?? DBNull.Value;
                    p[15].Value = $"/srv/cchc/content/articles/{id}.md";
                    p[16].Value = created.ToUnixTimeMilliseconds();
                    p[17].Value = updated.ToUnixTimeMilliseconds();
                    p[18].Value = published is null ? DBNull.Value : published.Value.ToUnixTimeMilliseconds();
                    await publication.ExecuteNonQueryAsync(cancellationToken);

                    foreach (var key in categories)
                    {
                        category.Parameters[0].Value = id;
                        category.Parameters[1].Value = channel;
                        category.Parameters[2].Value = key;
                        category.Parameters[3].Value = p[18].Value;
                        await category.ExecuteNonQueryAsync(cancellationToken);
                    }
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
    }

    public static async Task<long> CountAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM publications;";
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return -1;
        }
    }

    /// <summary>An article id from the middle of the key range (for point look-ups).</summary>
    public static async Task<string> MiddleArticleIdAsync(string path, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT article_id FROM publications ORDER BY article_id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM publications);";
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static (PublicationState State, string? Error) State(Random random)
    {
        var roll = random.Next(1000);
        return roll switch
        {
            < 955 => (PublicationState.Published, null),
            < 970 => (PublicationState.Missed, "Quá hạn hơn 2 ngày khi dịch vụ khởi động lại."),
            < 978 => (PublicationState.Skipped, "Bài đã chuyển thành bản nháp."),
            < 984 => (PublicationState.Failed, "Zalo từ chối bài viết (mã lỗi -216: access token hết hạn)."),
            < 985 => (PublicationState.Unknown, "Hết thời gian chờ sau khi gửi; cần đối chiếu."),
            _ => (PublicationState.Scheduled, null),
        };
    }

    private static string RemoteId(string channel, int article) => channel switch
    {
        "website" => $"bai-{article + 1}",
        "zalo" => (9_000_000_000L + article).ToString(CultureInfo.InvariantCulture),
        "facebook" => $"104857600_{(7_000_000_000L + article).ToString(CultureInfo.InvariantCulture)}",
        _ => $"bai-{article + 1}.txt",
    };

    private static List<string> Categories(Random random)
    {
        var keys = new List<string>(3);
        var count = 1 + random.Next(3);
        while (keys.Count < count)
        {
            var key = CategoryKeys[random.Next(CategoryKeys.Length)];
            if (!keys.Contains(key, StringComparer.Ordinal))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
