using System.Diagnostics;
using CchcPublisher.Cli;
using CchcPublisher.IntegrationTests.TestSupport;

namespace CchcPublisher.IntegrationTests.Province;

/// <summary>
/// <c>run</c> in a province installation without PostgreSQL (SQLite ledgers, jobs in memory): every commune is
/// published, a commune with broken settings does not stop the others, and a commune folder added while the worker
/// runs is picked up at the next sweep. The worker's clock starts at a fixed instant and runs (<see cref="RunningClock"/>).
/// </summary>
public sealed class ProvinceRunTests : IDisposable
{
    private readonly ProvinceFolder _province = new(new Dictionary<string, string> { ["Scheduling"] = "{ \"SweepInterval\": \"00:00:01\" }" });

    public void Dispose() => _province.Dispose();

    [Fact]
    public async Task Run_publishes_every_commune_despite_a_broken_one_and_picks_up_a_new_one()
    {
        _province.AddCommune("hoa-an", "UBND xã Hòa An", articles: 2);
        _province.AddCommune("loi", "UBND xã Lỗi", settingsJson: "{ \"Commune\": { \"TimeZone\": \"Sao/Hoa\" } }");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var output = new StringWriter();
        var run = Task.Run(() => CliApp.RunAsync(["run", "--config", _province.ConfigPath], output,
            new RunningClock(new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero)), stop.Token), stop.Token);

        await WaitForPagesAsync("hoa-an", 2, run);
        _province.AddCommune("binh-minh", "UBND phường Bình Minh", articles: 3);
        await WaitForPagesAsync("binh-minh", 3, run);
        await stop.CancelAsync();

        Assert.Equal(ExitCodes.Ok, await run);
        Assert.False(Directory.Exists(Path.Combine(_province.CommuneFolder("loi"), "data", "bai-viet")));
    }

    [Fact]
    public async Task Run_prepares_each_communes_radio_program_ahead_of_its_slot()
    {
        // 02:00 UTC is 09:00 in Hà Nội: the 09:15 slot is within Radio:PrepareAhead (30 minutes).
        _province.AddCommune("loa", "UBND xã Loa", articles: 2, channels: "[radio]", settingsJson:
            "{ \"Commune\": { \"Name\": \"UBND xã Loa\" }, \"Channels\": { \"Radio\": { \"Slots\": [ { \"Key\": \"sang\", \"Label\": \"sáng\", \"Start\": \"09:15:00\", \"MaxLength\": \"00:15:00\" } ] } } }");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var output = new StringWriter();
        var run = Task.Run(() => CliApp.RunAsync(["run", "--config", _province.ConfigPath], output,
            new RunningClock(new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero)), stop.Token), stop.Token);

        var programs = Path.Combine(_province.CommuneFolder("loa"), "data", "radio", "programs");
        var waited = Stopwatch.StartNew();
        while (!Directory.Exists(programs) || !Directory.EnumerateFiles(programs, "*2026-12-02*sang*", SearchOption.AllDirectories).Any())
        {
            Assert.False(run.IsCompleted, "the worker stopped");
            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(1), "no program for the 09:15 slot after a minute");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        await stop.CancelAsync();
        Assert.Equal(ExitCodes.Ok, await run);
        var script = Directory.EnumerateFiles(programs, "*.txt", SearchOption.AllDirectories).Single(f => f.Contains("sang", StringComparison.Ordinal));
        Assert.Contains("thông báo số", await File.ReadAllTextAsync(script, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private async Task WaitForPagesAsync(string commune, int count, Task<int> run)
    {
        var waited = Stopwatch.StartNew();
        var folder = Path.Combine(_province.CommuneFolder(commune), "data");
        while (Pages(folder) < count)
        {
            Assert.False(run.IsCompleted, $"the worker stopped: exit {(run.IsCompletedSuccessfully ? run.Result : -1)}");
            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(1), $"{commune}: {Pages(folder)} of {count} pages after a minute");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private static int Pages(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*thong-bao-so-*.html", SearchOption.AllDirectories).Count() : 0;
}
