using System.Diagnostics;
using System.Text.RegularExpressions;
using CchcPublisher.Cli;
using CchcPublisher.IntegrationTests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.IntegrationTests.Docs;

/// <summary>The files an installer copies: appsettings.example.json (commented in Vietnamese) and the systemd unit.</summary>
public sealed partial class DeploymentFilesTests : IDisposable
{
    private static readonly string[] AnalyzePaths = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"];

    private readonly string _root = ReadmeExamplesTests.RepositoryRoot();
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "cchc-deploy-" + Guid.NewGuid().ToString("N"));

    public DeploymentFilesTests() => Directory.CreateDirectory(Path.Combine(_temp, "content", "articles"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }

    [Fact]
    public async Task ExampleSettings_WithVietnameseComments_LoadThroughTheRealHost()
    {
        var (exit, output) = await RunAsync("validate", "--config", Path.Combine(_root, "appsettings.example.json"));

        Assert.True(exit == 0, output);
        Assert.Contains("Đã kiểm tra 0 bài viết: 0 lỗi", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExampleSettings_ZaloApiWithoutSecrets_NamesTheEnvironmentVariables()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(_root, "appsettings.example.json"), TestContext.Current.CancellationToken);
        var zalo = text.IndexOf("\"Zalo\": {", StringComparison.Ordinal);
        var mode = text.IndexOf("\"Mode\": \"Outbox\"", zalo, StringComparison.Ordinal);
        var config = Path.Combine(_temp, "appsettings.json");
        await File.WriteAllTextAsync(config, text[..mode] + "\"Mode\": \"Api\"" + text[(mode + "\"Mode\": \"Outbox\"".Length)..], TestContext.Current.CancellationToken);

        var (exit, output) = await RunAsync("validate", "--config", config);

        Assert.Equal(2, exit);
        Assert.Contains("Lỗi cấu hình:", output, StringComparison.Ordinal);
        Assert.Contains("Channels:Zalo:AppSecret", output, StringComparison.Ordinal);
        Assert.Contains("CCHC__Channels__Zalo__RefreshToken", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExampleSettings_EveryCommentIsVietnamese()
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(_root, "appsettings.example.json"), TestContext.Current.CancellationToken);
        var comments = lines.Select(l => l.Trim()).Where(l => l.StartsWith("//", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(comments);
        // A Vietnamese sentence has letters with diacritics; a line of only names and values has none of English's
        // function words either.
        var english = comments.Where(c => EnglishWords().IsMatch(c)).ToList();
        Assert.True(english.Count == 0, "English comments:\n" + string.Join('\n', english));
    }

    [Fact]
    public async Task SystemdUnit_RunsAsItsOwnUserWithStateDirectoryAfterTheNetwork()
    {
        var unit = await File.ReadAllTextAsync(Path.Combine(_root, "deploy", "linux", "cchc-publisher.service"), TestContext.Current.CancellationToken);
        var readme = await File.ReadAllTextAsync(Path.Combine(_root, "README.md"), TestContext.Current.CancellationToken);

        Assert.Matches(@"(?m)^(User=\w+|DynamicUser=yes)$", unit);
        Assert.Matches(@"(?m)^StateDirectory=cchc-publisher$", unit);
        Assert.Matches(@"(?m)^Wants=network-online\.target$", unit);
        Assert.Matches(@"(?m)^After=network-online\.target$", unit);
        Assert.Matches(@"(?m)^Restart=on-failure$", unit);
        Assert.Matches(@"(?m)^Type=notify$", unit);
        Assert.Contains(unit.ReplaceLineEndings("\n"), readme.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SystemdUnit_PassesSystemdAnalyzeVerify()
    {
        var analyze = AnalyzePaths.FirstOrDefault(File.Exists);
        RequiredComponent.SkipOrFailWhen(analyze is null, "systemd-analyze is not installed (apt-get install systemd)");

        // verify checks that ExecStart exists: point it at a program this machine has, keep everything else.
        var unit = await File.ReadAllTextAsync(Path.Combine(_root, "deploy", "linux", "cchc-publisher.service"), TestContext.Current.CancellationToken);
        var copy = Path.Combine(_temp, "cchc-publisher.service");
        await File.WriteAllTextAsync(copy, unit.Replace("ExecStart=/opt/cchc-publisher/CchcPublisher run", "ExecStart=/bin/true run", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var start = new ProcessStartInfo(analyze!, ["verify", copy]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 0 && !errors.Contains("cchc-publisher.service", StringComparison.Ordinal), errors);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, "--content", Path.Combine(_temp, "content"), "--data", Path.Combine(_temp, "data")], output, new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero)), TestContext.Current.CancellationToken);
        return (exit, output.ToString());
    }

    [GeneratedRegex(@"\b(the|and|of|with|when|from|only|never|every|is|are|this|to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishWords();
}
