namespace CchcPublisher.IntegrationTests.Cli;

public sealed class RunCommandTests : IDisposable
{
    // The worker's own scheduler (Quartz) runs on the real clock, so this test does too; every time in it is
    // relative to "now", so it does not depend on the day it runs.
    private readonly CliWorkspace _workspace = new() { Time = TimeProvider.System };

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Run_NewArticleWhileRunning_IsPickedUpAndPublished_ThenStopsCleanly()
    {
        var config = Path.Combine(_workspace.Root, "fast.json");
        await File.WriteAllTextAsync(config, """
            { "Scheduling": { "ContentPollInterval": "00:00:01", "ContentDebounce": "00:00:00.200" } }
            """, TestContext.Current.CancellationToken);
        _workspace.WriteArticle("dau.md", CliWorkspace.Article("Bài có sẵn", publishAt: TimeProvider.System.GetLocalNow().AddMinutes(-5).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)));
        using var stop = new CancellationTokenSource();
        var run = _workspace.RunAsync(stop.Token, "run", "--config", config);

        var first = Path.Combine(_workspace.DataRoot, "site", "bai-viet", "bai-co-san.html");
        Assert.True(await WaitForAsync(() => File.Exists(first)), "the article present at start was not published");

        _workspace.WriteArticle("moi.md", CliWorkspace.Article("Bài mới thêm", publishAt: TimeProvider.System.GetLocalNow().AddMinutes(-1).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)));
        var added = Path.Combine(_workspace.DataRoot, "site", "bai-viet", "bai-moi-them.html");
        Assert.True(await WaitForAsync(() => File.Exists(added)), "the article added while running was not picked up");

        await stop.CancelAsync();
        var (exit, _) = await run.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Equal(0, exit);

        // The service's daily log file under data/logs holds the publications with their details.
        var log = Assert.Single(Directory.GetFiles(Path.Combine(_workspace.DataRoot, "logs"), "cchc-*.log"));
        var text = await File.ReadAllTextAsync(log, TestContext.Current.CancellationToken);
        Assert.Contains("Bài mới thêm", text);
        Assert.Contains("[INF] CchcPublisher.", text);
    }

    [Fact]
    public async Task Run_LogFileKeptZeroDays_RefusedNamingTheSetting()
    {
        var config = Path.Combine(_workspace.Root, "bad.json");
        await File.WriteAllTextAsync(config, """{ "LogFile": { "RetainedDays": 0 } }""", TestContext.Current.CancellationToken);

        var (exit, output) = await _workspace.RunAsync(TestContext.Current.CancellationToken, "run", "--config", config);

        Assert.Equal(2, exit);
        Assert.Contains("LogFile:RetainedDays", output);
    }

    private static async Task<bool> WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1200; i++)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return condition();
    }
}
