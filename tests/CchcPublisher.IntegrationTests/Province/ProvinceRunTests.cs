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
