using System.Text;
using CchcPublisher.Cli;
using CchcPublisher.IntegrationTests.Cli;

namespace CchcPublisher.IntegrationTests.Province;

/// <summary>A province installation in temp: <c>province.json</c> naming the root, one folder per commune.</summary>
internal sealed class ProvinceFolder : IDisposable
{
    public ProvinceFolder(IReadOnlyDictionary<string, string>? settings = null)
    {
        Directory.CreateDirectory(CommunesRoot);
        var extra = string.Concat((settings ?? new Dictionary<string, string>()).Select(p => $", \"{p.Key}\": {p.Value}"));
        // Port 0: workers and parallel tests never compete for the console's port.
        File.WriteAllText(ConfigPath, $"{{ \"Province\": {{ \"Root\": \"{CommunesRoot}\" }}, \"WebConsole\": {{ \"Address\": \"127.0.0.1\", \"Port\": 0 }}{extra} }}\n", new UTF8Encoding(false));
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "cchc-province-" + Guid.NewGuid().ToString("N"));

    public string CommunesRoot => Path.Combine(Root, "communes");

    public string ConfigPath => Path.Combine(Root, "province.json");

    public TimeProvider Time { get; } = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(CliWorkspace.DefaultNow);

    public string CommuneFolder(string id) => Path.Combine(CommunesRoot, id);

    /// <summary>A commune with its settings and <paramref name="articles"/> dated articles due on 1 December 2026.</summary>
    public void AddCommune(string id, string name, int articles = 2, string channels = "[website]", string? settingsJson = null)
    {
        var folder = CommuneFolder(id);
        Directory.CreateDirectory(Path.Combine(folder, "content", "articles"));
        File.WriteAllText(Path.Combine(folder, "commune.json"),
            settingsJson ?? $"{{ \"Commune\": {{ \"Name\": \"{name}\", \"WebsiteUrl\": \"https://{id}.example.gov.vn\" }} }}\n", new UTF8Encoding(false));
        for (var i = 0; i < articles; i++)
        {
            File.WriteAllText(Path.Combine(folder, "content", "articles", $"thong-bao-{i:00}.md"),
                CliWorkspace.Article($"{name} thông báo số {i}", $"2026-12-01T07:{i % 60:00}:00+07:00", channels: channels), new UTF8Encoding(false));
        }
    }

    public async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, "--config", ConfigPath], output, Time, TestContext.Current.CancellationToken);
        return (exit, output.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
