using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CchcPublisher.IntegrationTests.TestSupport;
using CchcPublisher.Ledger.Postgres;
using CchcPublisher.Province;
using Npgsql;

namespace CchcPublisher.IntegrationTests.Province;

/// <summary>
/// Three province workers (real processes, <c>run</c> with the clustered Quartz job store) share one PostgreSQL
/// database and twenty communes with due content; one worker is SIGKILLed while it publishes. Every due item must
/// end up published exactly once: one "published" transition per item in the ledger's event history, one outbox
/// file per Zalo item, one page per website item. The children run on an injected clock that starts at a fixed
/// instant (<c>CrashChild --running</c>); the real clock only bounds how long the test waits and measures takeover.
/// </summary>
public sealed class ProvinceClusterTests : IAsyncDisposable
{
    private const int Communes = 20;
    private const int ArticlesPerCommune = 12;
    private static readonly string[] Channels = ["website", "zalo"];

    /// <summary>Where a due item ends: published on the website, handed over in the Zalo outbox (awaiting the manual post).</summary>
    private const string Done = "'published', 'awaitingmanual'";

    /// <summary>9:00 on 2 December 2026 in the communes (UTC+7); the articles were due the day before.</summary>
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    private readonly ProvinceFolder _province = new();
    private readonly string _prefix = "c" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _schedulerName = "t_" + Guid.NewGuid().ToString("N");
    private readonly List<Worker> _workers = [];
    private string? _connectionString;

    private IEnumerable<string> CommuneIds => Enumerable.Range(1, Communes).Select(i => $"{_prefix}-{i:00}");

    [Fact]
    public async Task Three_workers_one_killed_mid_run_publish_every_due_item_exactly_once()
    {
        _connectionString = TestPostgres.RequireConnectionString();
        foreach (var id in CommuneIds)
        {
            _province.AddCommune(id, $"UBND xã {id}", ArticlesPerCommune, "[website, zalo]");
        }

        await File.WriteAllTextAsync(_province.ConfigPath, $$"""
            {
              "Province": { "Root": "{{_province.CommunesRoot}}", "SchedulerName": "{{_schedulerName}}",
                            "CheckinInterval": "00:00:01", "CheckinMisfireThreshold": "00:00:02" },
              "Ledger": { "Provider": "Postgres", "ConnectionString": "{{_connectionString}}" }
            }
            """, TestContext.Current.CancellationToken);

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 3; i++)
        {
            // Each child's clock starts where the test's clock is now, so the three agree to within a process start.
            var now = Start + clock.Elapsed;
            _workers.Add(Worker.Start(_province.Root, clock,
                ["--running", now.ToString("O", CultureInfo.InvariantCulture), "run", "--config", _province.ConfigPath]));
        }

        // Kill the worker busiest at the moment publishing has begun (which one it is depends on who started first).
        var expected = Communes * ArticlesPerCommune * Channels.Length;
        await WaitForAsync(() => _workers.Any(w => w.Published > 0 && w.CommunesInFlight().Count > 0) || _workers.Any(w => w.Exited),
            TimeSpan.FromMinutes(3), "no worker started publishing");
        Assert.All(_workers, w => Assert.False(w.Exited, "a worker exited on its own:\n" + w.Output));
        var victim = _workers.MaxBy(w => w.CommunesInFlight().Count)!;
        var inFlight = victim.CommunesInFlight();
        victim.Kill();
        var killedAt = clock.Elapsed;
        var publishedAtKill = await CountPublishedAsync();
        Assert.True(publishedAtKill < expected, "everything was published before the kill: the test proved nothing");

        await WaitForAsync(() => CountPublishedAsync().GetAwaiter().GetResult() == expected, TimeSpan.FromMinutes(3),
            $"not every item was done after the kill:\n{string.Join("\n----\n", _workers.Select(w => w.Output))}");
        var takeover = clock.Elapsed - killedAt;

        foreach (var id in CommuneIds)
        {
            var (items, transitions) = await PublishedTransitionsAsync(id);
            Assert.Equal(ArticlesPerCommune * Channels.Length, items);
            Assert.All(transitions, t => Assert.True(t.Count == 1, $"{id} {t.Item}: done {t.Count} times"));
            var folder = _province.CommuneFolder(id);
            Assert.Equal(ArticlesPerCommune, Directory.GetFiles(Path.Combine(folder, "data", "outbox", "zalo"), "*.json").Length);
            for (var a = 0; a < ArticlesPerCommune; a++)
            {
                Assert.Single(Directory.GetFiles(Path.Combine(folder, "data"), $"ubnd-xa-{id}-thong-bao-so-{a}.html", SearchOption.AllDirectories));
            }
        }

        var survivors = _workers.Where(w => w != victim).ToList();
        Assert.All(survivors, w => Assert.False(w.Exited, "a surviving worker stopped:\n" + w.Output));
        var recovered = survivors.SelectMany(w => w.Recoveries()).Order().ToList();
        if (inFlight.Count > 0)
        {
            Assert.True(recovered.Count > 0, "no surviving worker recovered the killed worker's runs");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{expected} items, {publishedAtKill} done when a worker was killed (it was running {inFlight.Count} communes: " +
            $"{string.Join(", ", inFlight)}); first recovered run {(recovered.Count > 0 ? (recovered[0] - killedAt).TotalSeconds : double.NaN):0.0} s " +
            $"after the kill ({recovered.Count} recovered runs); everything done {takeover.TotalSeconds:0.0} s after the kill.");
    }

    private async Task<int> CountPublishedAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var total = 0;
        foreach (var id in CommuneIds)
        {
            var schema = PostgresLedger.QuoteIdentifier(CommuneTenant.Schema(id));
            await using var exists = new NpgsqlCommand($"SELECT to_regclass('{schema}.publications') IS NOT NULL;", connection);
            if ((bool)(await exists.ExecuteScalarAsync(TestContext.Current.CancellationToken))!)
            {
                // A commune no worker has reached yet has no schema: nothing done there.
                await using var command = new NpgsqlCommand($"SELECT count(*)::int FROM {schema}.publications WHERE state IN ({Done});", connection);
                total += (int)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
            }
        }

        return total;
    }

    /// <summary>How many items the commune's ledger holds, and per item how many times it reached its end state.</summary>
    private async Task<(int Items, List<(string Item, long Count)> Transitions)> PublishedTransitionsAsync(string commune)
    {
        var schema = PostgresLedger.QuoteIdentifier(CommuneTenant.Schema(commune));
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT p.article_id || '/' || p.channel, (SELECT count(*) FROM {schema}.publication_events e " +
            $"WHERE e.article_id = p.article_id AND e.channel = p.channel AND e.state IN ({Done})) FROM {schema}.publications p;", connection);
        var result = new List<(string, long)>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            result.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return (result.Count, result);
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan limit, string failure)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < limit, failure);
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            worker.Kill();
            worker.Dispose();
        }

        if (_connectionString is not null)
        {
            foreach (var id in CommuneIds)
            {
                await TestPostgres.DropSchemaAsync(_connectionString, CommuneTenant.Schema(id));
            }

            await TestPostgres.DeleteQuartzSchedulerAsync(_connectionString, _schedulerName);
        }

        _province.Dispose();
    }

    /// <summary>One worker process and what it printed.</summary>
    private sealed class Worker : IDisposable
    {
        private readonly Process _process;
        private readonly ConcurrentQueue<string> _lines = new();

        private Worker(Process process) => _process = process;

        public bool Exited => _process.HasExited;

        public int Published => _lines.Count(l => l.Contains("Đã đăng", StringComparison.Ordinal));

        public string Output => string.Join('\n', _lines);

        public static Worker Start(string folder, Stopwatch clock, IEnumerable<string> args)
        {
            var process = Process.Start(CrashChildProcess.StartInfo(folder, args))!;
            var worker = new Worker(process);
            process.OutputDataReceived += (_, e) => worker.Add(clock, e.Data);
            process.ErrorDataReceived += (_, e) => worker.Add(clock, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return worker;
        }

        /// <summary>Communes this worker started and has not finished (from its log lines).</summary>
        public List<string> CommunesInFlight()
        {
            var started = new List<string>();
            foreach (var line in _lines)
            {
                var at = line.IndexOf("Xã ", StringComparison.Ordinal);
                if (at < 0 || line.IndexOf(':', at) is var colon && colon < 0)
                {
                    continue;
                }

                var id = line[(at + 3)..colon];
                if (line.Contains("bắt đầu đăng", StringComparison.Ordinal))
                {
                    started.Add(id);
                }
                else if (line.Contains(": xong", StringComparison.Ordinal))
                {
                    started.Remove(id);
                }
            }

            return started;
        }

        public void Kill()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true); // SIGKILL on Unix
                _process.WaitForExit();
            }
        }

        public void Dispose() => _process.Dispose();

        /// <summary>When this worker started runs that recover a dead worker's (from its log lines).</summary>
        public List<TimeSpan> Recoveries() =>
            _lines.Where(l => l.Contains("(tiếp quản sau sự cố: True)", StringComparison.Ordinal))
                .Select(l => TimeSpan.FromSeconds(double.Parse(l[1..l.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture)))
                .ToList();

        private void Add(Stopwatch clock, string? line)
        {
            if (line is not null)
            {
                _lines.Enqueue(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds:0.00}] {line}"));
            }
        }
    }
}
