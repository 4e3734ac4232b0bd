using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using CchcPublisher.IntegrationTests.Docs;
using CchcPublisher.IntegrationTests.TestSupport;

namespace CchcPublisher.IntegrationTests.Hosting;

/// <summary>
/// The release build (<c>src/CchcPublisher/Properties/PublishProfiles/linux-x64.pubxml</c>: self-contained, trimmed), published
/// from the sources and run as a process: it publishes the sample content to every channel, answers <c>status</c>, and
/// serves the console's login page. Trimming turns off System.Text.Json's reflection-based serializer and drops unused
/// framework code, so a serializer call without a source-generated context or a type trimmed away fails here, not on
/// a commune's PC. The publish restores the linux-x64 runtime pack and ILLink; without them the test skips locally.
/// </summary>
public sealed partial class TrimmedBuildTests : IDisposable
{
    private const string Title = "Kiểm tra bản cài gọn - một xã, bốn kênh";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "cchc-trimmed-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }

    [Fact]
    public async Task TrimmedReleaseBuild_PublishesTheSampleToEveryChannel_AndServesTheLoginPage()
    {
        RequiredComponent.SkipOrFailWhen(
            !OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64,
            "the trimmed build is published for linux-x64 and run here; this machine is not linux-x64");
        var cancellationToken = TestContext.Current.CancellationToken;
        var repository = ReadmeExamplesTests.RepositoryRoot();
        var bin = Path.Combine(_root, "bin");

        var (publishExit, publishOutput) = await RunAsync(
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            ["publish", Path.Combine(repository, "src", "CchcPublisher"), "-p:PublishProfile=linux-x64", "-o", bin, "-v", "q", "-nologo"],
            TimeSpan.FromMinutes(5),
            cancellationToken);
        RequiredComponent.SkipOrFailWhen(
            publishExit != 0 && RestoreFailed().IsMatch(publishOutput),
            "the linux-x64 runtime pack or ILLink could not be restored from the package source: " + Excerpt(publishOutput));
        Assert.True(publishExit == 0, "dotnet publish -p:PublishProfile=linux-x64 failed:\n" + publishOutput);
        var app = Path.Combine(bin, "CchcPublisher");
        Assert.True(File.Exists(app), "no executable in the publish folder");
        Assert.False(File.Exists(Path.Combine(bin, "Microsoft.AspNetCore.Mvc.Core.dll")), "MVC is unused and should be trimmed away");

        // The sample commune, plus one article far in the future, to every channel: what it produces does not depend on
        // the day the test runs (the sample's own articles become due or missed as the calendar moves).
        var content = Path.Combine(_root, "content");
        var data = Path.Combine(_root, "data");
        CopyFolder(Path.Combine(repository, "content"), content);
        var article = Path.Combine(content, "articles", "2099", "01", "kiem-tra-ban-cai-gon.md");
        Directory.CreateDirectory(Path.GetDirectoryName(article)!);
        await File.WriteAllTextAsync(
            article,
            $"---\ntitle: {Title}\ncategories: [thu-tuc-hanh-chinh]\npublish_at: 2099-01-05 07:30\nchannels: [website, zalo, facebook, radio]\n---\n" +
            "Từ ngày 05/01/2099, bà con nộp hồ sơ tại Trung tâm phục vụ hành chính công xã từ 7 giờ 30 đến 17 giờ.\n",
            new UTF8Encoding(false),
            cancellationToken);
        string[] folders = ["--content", content, "--data", data];

        var (exit, output) = await RunAsync(app, ["publish", "--due-until", "2099-12-31", .. folders], TimeSpan.FromMinutes(2), cancellationToken);

        Assert.True(exit == 0, output);
        Assert.Contains("0 lỗi nội dung", output, StringComparison.Ordinal);
        Assert.True(AnyFileContains(Path.Combine(data, "site"), "*.html", Title), "no website page for the article\n" + output);
        Assert.True(AnyFileContains(Path.Combine(data, "outbox", "zalo"), "*.json", Title), "no Zalo outbox file for the article\n" + output);
        Assert.True(AnyFileContains(Path.Combine(data, "outbox", "facebook"), "*.json", Title), "no Facebook outbox file for the article\n" + output);
        Assert.True(AnyFileContains(Path.Combine(data, "radio"), "*.ssml", "Trung tâm phục vụ hành chính công"), "no radio script for the article\n" + output);

        var (statusExit, status) = await RunAsync(app, ["status", "--format", "json", .. folders], TimeSpan.FromMinutes(1), cancellationToken);
        Assert.True(statusExit == 0, status);
        Assert.Contains(Title, status, StringComparison.Ordinal);

        await AssertConsoleServesLoginAsync(app, folders, cancellationToken);
    }

    /// <summary>Starts <c>run</c> on a free port, waits for the console's address in its log, then asks for the login page.</summary>
    private static async Task AssertConsoleServesLoginAsync(string app, string[] folders, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(app, ["run", .. folders])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["CCHC__WebConsole__Address"] = "127.0.0.1", ["CCHC__WebConsole__Port"] = "0" },
        };
        using var process = Process.Start(start)!;
        var log = new StringBuilder();
        try
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(TimeSpan.FromMinutes(1));
            var address = default(string);
            while (address is null && await process.StandardOutput.ReadLineAsync(wait.Token) is { } line)
            {
                log.AppendLine(line);
                address = ConsoleAddress().Match(line) is { Success: true } match ? match.Groups["url"].Value : null;
            }

            Assert.True(address is not null, "the console did not start:\n" + log);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            using var response = await http.GetAsync(new Uri(new Uri(address!), "/dang-nhap"), cancellationToken);
            var page = await response.Content.ReadAsStringAsync(cancellationToken);

            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Đăng nhập", page, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] args, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var (exitCode, output, errors) = await ChildProcess.RunAsync(file, args, timeout, cancellationToken,
            new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" });
        return (exitCode, output + errors);
    }

    private static bool AnyFileContains(string folder, string pattern, string text) =>
        Directory.Exists(folder) &&
        Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Any(f => File.ReadAllText(f).Contains(text, StringComparison.Ordinal));

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string Excerpt(string output) => string.Join('\n', output.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(5));

    /// <summary>NuGet's "package not found" and "source unreachable" errors: the runtime pack or ILLink is not available here.</summary>
    [GeneratedRegex(@"\b(NU1100|NU1101|NU1102|NU1301)\b")]
    private static partial Regex RestoreFailed();

    [GeneratedRegex(@"Bảng điều khiển: mở (?<url>https?://\S+)")]
    private static partial Regex ConsoleAddress();
}
