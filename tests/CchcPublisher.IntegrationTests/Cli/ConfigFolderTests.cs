using System.Text;
using CchcPublisher.Cli;

namespace CchcPublisher.IntegrationTests.Cli;

/// <summary>
/// Relative paths in a <c>--config</c> file resolve against that file's folder, not the working folder: the service
/// and a command run from anywhere with the same <c>--config</c> share one data folder (one ledger, one token store).
/// </summary>
public sealed class ConfigFolderTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Publish_WithConfigFromAnotherFolder_WritesIntoTheConfigFoldersDataFolder()
    {
        var install = Path.Combine(_workspace.Root, "install");
        Directory.CreateDirectory(install);
        Directory.Move(_workspace.ContentRoot, Path.Combine(install, "noi-dung"));
        var config = Path.Combine(install, "appsettings.json");
        File.WriteAllText(config, """{ "Paths": { "Content": "noi-dung", "Data": "du-lieu" } }""", new UTF8Encoding(false));
        File.WriteAllText(
            Path.Combine(install, "noi-dung", "articles", "bai.md"),
            CliWorkspace.Article("Thông báo lịch tiếp công dân", "2026-12-01T07:30:00+07:00"),
            new UTF8Encoding(false));
        var strayData = Path.Combine(Directory.GetCurrentDirectory(), "du-lieu");
        Assert.False(Directory.Exists(strayData), "a folder named like the test's data folder already exists in the working folder");

        using var output = new StringWriter();
        var exit = await CliApp.RunAsync(["publish", "--due-until", "2026-12-31", "--config", config], output, _workspace.Time, CancellationToken.None);

        Assert.True(exit == 0, output.ToString());
        Assert.True(File.Exists(Path.Combine(install, "du-lieu", "cchc.db")), output.ToString());
        Assert.True(Directory.EnumerateFiles(Path.Combine(install, "du-lieu", "site"), "*.html", SearchOption.AllDirectories).Any());
        Assert.False(Directory.Exists(strayData), "relative Paths:Data resolved against the working folder");
    }

    [Fact]
    public async Task DataOnTheCommandLine_StillWinsOverTheConfigFile()
    {
        var config = Path.Combine(_workspace.Root, "appsettings.json");
        File.WriteAllText(config, """{ "Paths": { "Data": "du-lieu-khac" } }""", new UTF8Encoding(false));
        _workspace.WriteArticle("bai.md", CliWorkspace.Article("Thông báo lịch tiếp công dân", "2026-12-01T07:30:00+07:00"));

        var (exit, output) = await _workspace.RunAsync("publish", "--due-until", "2026-12-31", "--config", config);

        Assert.True(exit == 0, output);
        Assert.True(File.Exists(Path.Combine(_workspace.DataRoot, "cchc.db")), output);
        Assert.False(Directory.Exists(Path.Combine(_workspace.Root, "du-lieu-khac")));
    }
}
