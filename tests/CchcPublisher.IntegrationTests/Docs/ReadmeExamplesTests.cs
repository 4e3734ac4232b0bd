using System.Text;
using CchcPublisher.Cli;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.IntegrationTests.Docs;

/// <summary>
/// Runs every block marked <c>&lt;!-- chay-thu --&gt;</c> in README.md and docs/huong-dan/*.md through the real
/// command line, on a temp copy of the sample content, and checks that each command exits 0 (or the code the marker
/// names: <c>&lt;!-- chay-thu ma-thoat 2 --&gt;</c>) and prints what the
/// document shows. Each block runs twice, on two days a year apart: an example must work on the day it is read.
/// </summary>
public sealed class ReadmeExamplesTests
{
    /// <summary>Two "todays": the sample's own December, and a day long after every sample date.</summary>
    private static readonly DateTimeOffset[] Days =
    [
        new(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(7)),
        new(2027, 11, 18, 15, 30, 0, TimeSpan.FromHours(7)),
    ];

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in AllExamples())
        {
            data.Add(example.ToString());
        }

        return data;
    }

    [Fact]
    public void Documents_HaveRunnableExamples()
    {
        var examples = AllExamples();

        Assert.Contains(examples, e => e.File == "README.md");
        Assert.Contains(examples, e => e.File.StartsWith("docs/huong-dan/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_RunsAndPrintsWhatTheDocumentShows(string name)
    {
        var example = AllExamples().Single(e => e.ToString() == name);
        foreach (var day in Days)
        {
            using var workspace = new SampleWorkspace(day);
            foreach (var command in example.Commands)
            {
                var (exit, output) = await workspace.RunAsync(command.Arguments);
                var shown = $"{example} ({day:yyyy-MM-dd}), '{string.Join(' ', command.Arguments)}' printed:\n{output}";
                Assert.True(exit == example.ExitCode, $"exit code {exit}, expected {example.ExitCode}; {shown}");
                if (OutputMatcher.FirstMissing(command.Expected, output) is { } missing)
                {
                    Assert.Fail($"not printed (in order): '{missing}'; {shown}");
                }
            }
        }
    }

    [Fact]
    public void Matcher_LineNotPrinted_IsReported()
    {
        const string output = "Đã kiểm tra 15 bài viết: 0 lỗi, 0 cảnh báo.\n│ 00:00   │ 0 phút 24 giây │ Mở đầu và giới thiệu │\n";

        Assert.Null(OutputMatcher.FirstMissing(["Đã kiểm tra 15 bài viết: 0 lỗi…", "│ 00:00 │ 0 phút 24 giây │ Mở đầu và giới thiệu │"], output));
        Assert.Equal("Đã kiểm tra 14 bài viết", OutputMatcher.FirstMissing(["Đã kiểm tra 14 bài viết"], output));
        Assert.Equal("│ 00:00 │ 0 phút 25 giây │ Mở đầu và giới thiệu │", OutputMatcher.FirstMissing(["│ 00:00 │ 0 phút 25 giây │ Mở đầu và giới thiệu │"], output));
        // Order matters: the table row is printed after the summary line.
        Assert.NotNull(OutputMatcher.FirstMissing(["│ 00:00 │ 0 phút 24 giây │ Mở đầu và giới thiệu │", "Đã kiểm tra 15 bài viết"], output));
    }

    private static List<RunnableExample> AllExamples()
    {
        var root = RepositoryRoot();
        var examples = new List<RunnableExample>(RunnableExample.Read(Path.Combine(root, "README.md"), "README.md"));
        var guide = Path.Combine(root, "docs", "huong-dan");
        if (Directory.Exists(guide))
        {
            foreach (var page in Directory.GetFiles(guide, "*.md").Order(StringComparer.Ordinal))
            {
                examples.AddRange(RunnableExample.Read(page, "docs/huong-dan/" + Path.GetFileName(page)));
            }
        }

        return examples;
    }

    internal static string RepositoryRoot()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "CchcPublisher.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        }

        return root;
    }

    /// <summary>A temp copy of the repository's sample content/ with an empty data folder.</summary>
    private sealed class SampleWorkspace : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "cchc-docs-" + Guid.NewGuid().ToString("N"));
        private readonly FakeTimeProvider _time;

        public SampleWorkspace(DateTimeOffset now)
        {
            _time = new FakeTimeProvider(now);
            Copy(Path.Combine(RepositoryRoot(), "content"), Path.Combine(_root, "content"));
            Directory.CreateDirectory(Path.Combine(_root, "data"));
        }

        public async Task<(int ExitCode, string Output)> RunAsync(string[] arguments)
        {
            // Relative output files ("--out bao-cao.docx") land in the workspace, as they would in the reader's folder.
            var args = arguments.Select((a, i) => i > 0 && arguments[i - 1] == "--out" && !Path.IsPathRooted(a) ? Path.Combine(_root, a) : a).ToList();
            using var output = new StringWriter();
            var exit = await CliApp.RunAsync([.. args, "--content", Path.Combine(_root, "content"), "--data", Path.Combine(_root, "data")], output, _time, TestContext.Current.CancellationToken);
            // The workspace folder is printed as "…" would show it: "/data/preview" matches "…/data/preview".
            var text = output.ToString().Replace(_root, string.Empty, StringComparison.Ordinal).Replace('\\', '/');
            return (exit, text);
        }

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a temp folder left behind is harmless.
            }
        }

        private static void Copy(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}
