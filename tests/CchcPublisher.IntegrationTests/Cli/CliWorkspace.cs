using System.Text;
using CchcPublisher.Cli;

namespace CchcPublisher.IntegrationTests.Cli;

/// <summary>A content folder and a data folder in temp, and a way to run the real command line against them.</summary>
internal sealed class CliWorkspace : IDisposable
{
    public CliWorkspace()
    {
        Directory.CreateDirectory(Path.Combine(ContentRoot, "articles"));
        Directory.CreateDirectory(DataRoot);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "cchc-cli-" + Guid.NewGuid().ToString("N"));

    /// <summary>The clock of every command run here: fixed by default, so that no test depends on the day it runs.</summary>
    public TimeProvider Time { get; set; } = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DefaultNow);

    /// <summary>The default "now" of a workspace: 2 December 2026, 09:00 in the commune (UTC+7).</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(7));

    public string ContentRoot => Path.Combine(Root, "content");

    public string DataRoot => Path.Combine(Root, "data");

    public void WriteArticle(string relativePath, string text)
    {
        var path = Path.Combine(ContentRoot, "articles", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    public static string Article(string title, string? publishAt = null, string categories = "[thu-tuc-hanh-chinh]", string channels = "[website]", string body = "Nội dung bài viết về cải cách hành chính.") =>
        $"---\ntitle: {title}\ncategories: {categories}\nchannels: {channels}\n" +
        (publishAt is null ? string.Empty : $"publish_at: {publishAt}\n") +
        $"---\n{body}\n";

    public async Task<(int ExitCode, string Output)> RunAsync(params string[] args) => await RunAsync(CancellationToken.None, args);

    public async Task<(int ExitCode, string Output)> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, "--content", ContentRoot, "--data", DataRoot], output, Time, cancellationToken);
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
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
