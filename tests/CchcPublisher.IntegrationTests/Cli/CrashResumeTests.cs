using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CchcPublisher.IntegrationTests.TestSupport;

namespace CchcPublisher.IntegrationTests.Cli;

/// <summary>
/// Publishing in a child process that is killed (SIGKILL) at random moments, then resumed until it finishes,
/// must leave exactly the files a clean run leaves, byte for byte. The child is the real command line with a
/// fixed clock (<c>CchcPublisher.CrashChild</c>).
/// </summary>
public sealed class CrashResumeTests : IDisposable
{
    private const int Articles = 300;

    /// <summary>Wall-clock budget for the killed rounds; the test stops killing after it and lets the run finish.</summary>
    private static readonly TimeSpan KillBudget = TimeSpan.FromSeconds(20);

    private static readonly string Now = "2026-12-02T02:00:00+00:00";

    private readonly string _root = Directory.CreateTempSubdirectory("cchc-crash-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    [Fact]
    public async Task PublishKilledAtRandomMomentsThenResumed_OutputsIdenticalToACleanRun()
    {
        var content = Path.Combine(_root, "content");
        WriteContent(content);
        var clean = Path.Combine(_root, "clean");
        var crashed = Path.Combine(_root, "crashed");

        var cleanRun = await RunAsync(content, clean, killAfter: null);
        Assert.True(cleanRun.ExitCode == 0, cleanRun.Output);

        var random = new Random(20261202);
        var started = Stopwatch.StartNew();
        var kills = 0;
        while (started.Elapsed < KillBudget)
        {
            var run = await RunAsync(content, crashed, TimeSpan.FromMilliseconds(random.Next(200, 1500)));
            if (!run.Killed)
            {
                Assert.True(run.ExitCode == 0, run.Output);
                break;
            }

            kills++;
        }

        var final = await RunAsync(content, crashed, killAfter: null);
        Assert.True(final.ExitCode == 0, final.Output);

        Assert.True(kills >= 3, $"the child was killed {kills} times: too few to prove anything");
        var expected = Outputs(clean);
        var actual = Outputs(crashed);
        Assert.True(expected.Count > Articles, $"only {expected.Count} output files");
        var missing = expected.Keys.Except(actual.Keys).Order(StringComparer.Ordinal).ToList();
        var extra = actual.Keys.Except(expected.Keys).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"after {kills} kills: {missing.Count} files missing ({string.Join(", ", missing.Take(5))}), {extra.Count} extra ({string.Join(", ", extra.Take(5))})");
        var different = expected.Where(e => actual[e.Key] != e.Value).Select(e => e.Key).ToList();
        Assert.True(different.Count == 0, $"{different.Count} files differ after {kills} kills: {string.Join(", ", different.Take(10))}");
    }

    private static void WriteContent(string content)
    {
        var articles = Path.Combine(content, "articles");
        Directory.CreateDirectory(articles);
        for (var i = 0; i < Articles; i++)
        {
            // A third dated (some already due, some ahead), the rest queued in the column (slots before and after now).
            var publishAt = i % 3 == 0
                ? string.Create(CultureInfo.InvariantCulture, $"2026-{11 + (i / 150)}-{1 + (i % 28):00}T07:30:00+07:00")
                : null;
            var text = CliWorkspace.Article(
                $"Thông báo số {i} về thủ tục hành chính",
                publishAt,
                channels: "[website, radio]",
                body: $"Ủy ban nhân dân xã thông báo nội dung số {i}.\n\nNgười dân liên hệ bộ phận một cửa để được hướng dẫn.");
            File.WriteAllText(Path.Combine(articles, $"thong-bao-{i:000}.md"), text, new UTF8Encoding(false));
        }
    }

    /// <summary>Every output file (not the ledger, locks, logs or the content index, a cache), with a hash of its bytes.</summary>
    private static Dictionary<string, string> Outputs(string data) =>
        Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories)
            .Select(path => (Relative: Path.GetRelativePath(data, path).Replace('\\', '/'), Path: path))
            .Where(f => !f.Relative.Contains(".db", StringComparison.Ordinal)
                        && !f.Relative.EndsWith(".lock", StringComparison.Ordinal)
                        && !f.Relative.StartsWith("logs/", StringComparison.Ordinal)
                        && !f.Relative.StartsWith("cache/", StringComparison.Ordinal)
                        && !f.Relative.Contains(".tmp", StringComparison.Ordinal))
            .ToDictionary(f => f.Relative, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f.Path))), StringComparer.Ordinal);

    private static async Task<(int ExitCode, bool Killed, string Output)> RunAsync(string content, string data, TimeSpan? killAfter)
    {
        var start = CrashChildProcess.StartInfo(Path.GetDirectoryName(content)!, [Now, "publish", "--due-until", "2027-12-31", "--content", content, "--data", data]);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var killed = false;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken))
        {
            timeout.CancelAfter(killAfter ?? TimeSpan.FromMinutes(5));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (killAfter is not null && !TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true); // SIGKILL on Unix
                killed = true;
                await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            }
        }

        return (process.ExitCode, killed, await output + await error);
    }
}
