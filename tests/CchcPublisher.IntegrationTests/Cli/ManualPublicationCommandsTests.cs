using System.Text;
using CchcPublisher.Cli;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.IntegrationTests.Cli;

/// <summary><c>confirm</c> and <c>record</c> through the real command line, then counted by <c>plan status</c>.</summary>
public sealed class ManualPublicationCommandsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cchc-manual-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 20, 3, 0, 0, TimeSpan.Zero));

    public ManualPublicationCommandsTests()
    {
        Directory.CreateDirectory(Path.Combine(ContentRoot, "articles"));
        Directory.CreateDirectory(Path.Combine(ContentRoot, "plan"));
        Directory.CreateDirectory(DataRoot);
        File.WriteAllText(Path.Combine(ContentRoot, "plan", "2026.yaml"),
            "title: Kế hoạch 2026\ncommune: UBND xã Hòa An\nperiod: Năm 2026\ntargets:\n  - { form: zalo, at_least: 1, per: month }\n" +
            "tasks:\n  - { id: NV01, name: Tuyên truyền, time: Thường xuyên, lead: Công chức VH-XH }\n", new UTF8Encoding(false));
    }

    private string ContentRoot => Path.Combine(_root, "content");

    private string DataRoot => Path.Combine(_root, "data");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, "--content", ContentRoot, "--data", DataRoot], output, _time, CancellationToken.None);
        return (exit, output.ToString());
    }

    private async Task SeedOutboxAsync()
    {
        var ledger = new SqliteLedger(Path.Combine(DataRoot, "cchc.db"), TimeSpan.FromSeconds(5));
        await ledger.MigrateAsync(CancellationToken.None);
        var at = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7));
        await ledger.SaveAsync(new LedgerEntry
        {
            ArticleId = "bai-a", Channel = "zalo", State = PublicationState.AwaitingManual, ContentHash = "h", PublishedHash = "h",
            RemoteId = "2026-03-02_bai-a_h.json", Title = "Bài A", CreatedAt = at, UpdatedAt = at,
        }, CancellationToken.None);
    }

    [Fact]
    public async Task Confirm_OutboxItem_CountsInPlanStatusOnlyAfterwards()
    {
        await SeedOutboxAsync();
        var before = await RunAsync("plan", "status", "--plan", "2026");

        var (exit, output) = await RunAsync("confirm", "--article", "bai-a", "--channel", "zalo", "--url", "https://zalo.me/p/1", "--at", "2026-03-05T09:30");
        var after = await RunAsync("plan", "status", "--plan", "2026");

        Assert.Equal(0, exit);
        Assert.Contains("05/03/2026 09:30", output, StringComparison.Ordinal);
        Assert.Matches(@"Tin, bài trên Zalo[^\n]*│\s*0\s", before.Output);
        Assert.Matches(@"Tin, bài trên Zalo[^\n]*│\s*1\s", after.Output);
    }

    [Fact]
    public async Task Record_ZaloPostByHand_WritesActivityFileThatCounts()
    {
        var (exit, output) = await RunAsync("record", "--date", "10/3/2026", "--form", "zalo", "--description", "Đăng tay vào nhóm Zalo thôn Đông: hướng dẫn nộp hồ sơ",
            "--unit", "Chi đoàn thôn Đông", "--url", "https://zalo.me/g/abc", "--participants", "120");
        var status = await RunAsync("plan", "status", "--plan", "2026");

        Assert.Equal(0, exit);
        var file = Directory.GetFiles(Path.Combine(ContentRoot, "activities")).Single();
        var yaml = await File.ReadAllTextAsync(file, CancellationToken.None);
        Assert.Contains("unit: \"Chi đoàn thôn Đông\"", yaml, StringComparison.Ordinal);
        Assert.Contains("participants: \"120\"", yaml, StringComparison.Ordinal);
        Assert.Contains("Đã ghi nhận: activities", output, StringComparison.Ordinal);
        Assert.Matches(@"Tin, bài trên Zalo[^\n]*│\s*1\s", status.Output);
    }

    [Fact]
    public async Task Record_UnknownForm_NothingWrittenAndSuggestion()
    {
        var (exit, output) = await RunAsync("record", "--date", "2026-03-10", "--form", "doi-thoia", "--description", "Đối thoại");

        Assert.Equal(ExitCodes.Problems, exit);
        Assert.Contains("doi-thoai", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(ContentRoot, "activities")) && Directory.EnumerateFiles(Path.Combine(ContentRoot, "activities")).Any());
    }
}
