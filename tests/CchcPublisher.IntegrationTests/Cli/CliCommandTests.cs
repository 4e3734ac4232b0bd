using CchcPublisher.Cli;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.IntegrationTests.Cli;

public sealed class CliCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Validate_CleanContent_ExitsZero()
    {
        _workspace.WriteArticle("a.md", CliWorkspace.Article("Bài hợp lệ"));

        var (exit, output) = await _workspace.RunAsync("validate");

        Assert.Equal(0, exit);
        Assert.Contains("0 lỗi", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BrokenArticle_PrintsPathLineColumnAndExitsOne()
    {
        _workspace.WriteArticle("ok.md", CliWorkspace.Article("Bài hợp lệ"));
        _workspace.WriteArticle("sai.md", CliWorkspace.Article("Bài sai", categories: "[thu-tuc]"));

        var (exit, output) = await _workspace.RunAsync("validate");

        Assert.Equal(1, exit);
        var line = Assert.Single(output.Split('\n'), l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.Matches(@"sai\.md:3:\d+: error CCHC\d+: .*thu-tuc-hanh-chinh", line);
    }

    [Fact]
    public async Task Publish_Twice_SecondRunPublishesNothing()
    {
        _workspace.WriteArticle("a.md", CliWorkspace.Article("Hướng dẫn nộp hồ sơ trực tuyến", publishAt: "2026-01-05T08:00"));

        var (firstExit, first) = await _workspace.RunAsync("publish", "--due-until", "2026-01-06");
        var page = Path.Combine(_workspace.DataRoot, "site", "bai-viet", "huong-dan-nop-ho-so-truc-tuyen.html");
        var written = File.GetLastWriteTimeUtc(page);
        var (secondExit, second) = await _workspace.RunAsync("publish", "--due-until", "2026-01-06");

        Assert.Equal(0, firstExit);
        Assert.Contains("Đã đăng 1", first, StringComparison.Ordinal);
        Assert.Equal(0, secondExit);
        Assert.Contains("Đã đăng 0", second, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(page));
    }

    [Fact]
    public async Task Publish_FirstImportOfManyArticles_TableShowsFailuresFirstAndCountsEverything()
    {
        const int count = PublishCommand.MaxTableRows + 30;
        for (var i = 0; i < count; i++)
        {
            _workspace.WriteArticle($"bai-{i:D3}.md", CliWorkspace.Article($"Bài lưu trữ số {i:D3}", publishAt: $"2026-01-05T08:{i % 60:D2}"));
        }

        var (exit, output) = await _workspace.RunAsync("publish", "--due-until", "2026-01-06");

        Assert.Equal(0, exit);
        var rows = output.Split('\n').Count(l => l.Contains("Bài lưu trữ số", StringComparison.Ordinal) && l.Contains('│', StringComparison.Ordinal));
        Assert.Equal(PublishCommand.MaxTableRows, rows);
        Assert.Contains("… và 30 dòng khác", output, StringComparison.Ordinal);
        Assert.Contains($"Đã đăng {count},", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_InvalidArticleAmongValidOnes_PublishesValidAndExitsOne()
    {
        _workspace.WriteArticle("tot.md", CliWorkspace.Article("Bài tốt", publishAt: "2026-01-05T08:00"));
        _workspace.WriteArticle("hong.md", "---\ntitle: Hỏng\n---\nThiếu chuyên mục.\n");

        var (exit, output) = await _workspace.RunAsync("publish", "--due-until", "2026-01-06");

        Assert.Equal(1, exit);
        Assert.Contains("hong.md:", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_workspace.DataRoot, "site", "bai-viet", "bai-tot.html")));
    }

    [Fact]
    public async Task Publish_BadDueUntil_ExitsTwoWithVietnameseMessage()
    {
        var (exit, output) = await _workspace.RunAsync("publish", "--due-until", "31/12/2026");

        Assert.Equal(2, exit);
        Assert.Contains("không phải thời điểm hợp lệ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_UnknownChannel_ExitsTwo()
    {
        var (exit, output) = await _workspace.RunAsync("publish", "--due-until", "2026-12-31", "--channel", "tiktok");

        Assert.Equal(2, exit);
        Assert.Contains("tiktok", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyCommand_InvalidConfiguration_ExitsTwoNamingTheSetting()
    {
        var config = Path.Combine(_workspace.Root, "bad.json");
        await File.WriteAllTextAsync(config, """{ "Commune": { "TimeZone": "Mars/Olympus" } }""", TestContext.Current.CancellationToken);

        var (exit, output) = await _workspace.RunAsync("validate", "--config", config);

        Assert.Equal(2, exit);
        Assert.Contains("Commune:TimeZone", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_ShowsQueuedArticleInWeeklyColumn()
    {
        _workspace.WriteArticle("tuan.md", CliWorkspace.Article("Chuyên mục tuần này", channels: "[website, radio]"));

        var (exit, output) = await _workspace.RunAsync("queue");

        Assert.Equal(0, exit);
        Assert.Contains("Chuyên mục tuần này", output, StringComparison.Ordinal);
        Assert.Contains("Chuyên mục CCHC hằng tuần", output, StringComparison.Ordinal);
        Assert.Contains("Thứ Hai", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_AfterPublish_ListsPublishedEntry()
    {
        _workspace.WriteArticle("a.md", CliWorkspace.Article("Bài đã đăng", publishAt: "2026-01-05T08:00"));
        await _workspace.RunAsync("publish", "--due-until", "2026-01-06");

        var (exit, output) = await _workspace.RunAsync("status");

        Assert.Equal(0, exit);
        Assert.Contains("đã đăng", output, StringComparison.Ordinal);
        Assert.Contains("Bài đã đăng", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelsCheck_DefaultChannels_AllReadyExitZero()
    {
        var (exit, output) = await _workspace.RunAsync("channels", "check");

        Assert.Equal(0, exit);
        Assert.Contains("Trang thông tin điện tử", output, StringComparison.Ordinal);
        Assert.Contains("Loa truyền thanh", output, StringComparison.Ordinal);
        Assert.DoesNotContain("có vấn đề", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelsCheck_DataFolderNotWritable_ReportsProblemExitOne()
    {
        // A file where the data folder should be: nothing can be created under it.
        Directory.Delete(_workspace.DataRoot, recursive: true);
        await File.WriteAllTextAsync(_workspace.DataRoot, "not a folder", TestContext.Current.CancellationToken);

        var (exit, output) = await _workspace.RunAsync("channels", "check");

        Assert.Equal(1, exit);
        Assert.Contains("có vấn đề", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_CategoryFromCategoriesYaml_LabelUsedOnCategoryPage()
    {
        await File.WriteAllTextAsync(Path.Combine(_workspace.ContentRoot, "categories.yaml"),
            "categories:\n  - key: ve-sinh-moi-truong\n    label: Vệ sinh môi trường nông thôn\n", TestContext.Current.CancellationToken);
        _workspace.WriteArticle("vs.md", CliWorkspace.Article("Ra quân dọn vệ sinh", publishAt: "2026-01-05T08:00", categories: "[ve-sinh-moi-truong]"));

        var (exit, _) = await _workspace.RunAsync("publish", "--due-until", "2026-01-06");

        Assert.Equal(0, exit);
        var page = await File.ReadAllTextAsync(Path.Combine(_workspace.DataRoot, "site", "chuyen-muc", "ve-sinh-moi-truong.html"), TestContext.Current.CancellationToken);
        Assert.Contains("Vệ sinh môi trường nông thôn", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExampleConfiguration_IsValidAndAccepted()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "CchcPublisher.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        }

        _workspace.WriteArticle("a.md", CliWorkspace.Article("Bài hợp lệ"));

        var (exit, output) = await _workspace.RunAsync("channels", "check", "--config", Path.Combine(root, "appsettings.example.json"));

        Assert.True(exit == 0, output);
    }

    [Fact]
    public async Task RadioSay_Text_PrintsSpokenFormWithoutDigitsOrAcronyms()
    {
        var (exit, output) = await _workspace.RunAsync("radio", "say", "UBND xã tiếp nhận 1.105 hồ sơ TTHC trong Quý III");

        Assert.Equal(0, exit);
        Assert.Equal("Ủy ban nhân dân xã tiếp nhận một nghìn một trăm linh năm hồ sơ thủ tục hành chính trong Quý ba", output.Trim());
    }

    [Fact]
    public async Task RadioProgram_UnknownSlot_ExitsOneWithSuggestion()
    {
        var (exit, output) = await _workspace.RunAsync("radio", "program", "--date", "2026-11-30", "--slot", "sangg");

        Assert.Equal(1, exit);
        Assert.Contains("'sang'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RadioProgram_BadDate_ExitsTwo()
    {
        var (exit, output) = await _workspace.RunAsync("radio", "program", "--date", "30/11/2026", "--slot", "sang");

        Assert.Equal(2, exit);
        Assert.Contains("yyyy-MM-dd", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RadioProgram_AfterPublish_WritesProgramWithDueArticle()
    {
        // Publishing runs "now" = a minute after the due time, so the article is inside the radio catch-up window
        // whatever day the test runs.
        _workspace.Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 7, 1, 0, TimeSpan.FromHours(7)));
        _workspace.WriteArticle("loa.md", CliWorkspace.Article("Tin phát thanh", publishAt: "2026-11-30T07:00", channels: "[radio]"));
        await _workspace.RunAsync("publish", "--due-until", "2026-11-30T08:00");
        var folder = Path.Combine(_workspace.Root, "program");

        var (exit, output) = await _workspace.RunAsync("radio", "program", "--date", "2026-11-30", "--slot", "chieu", "--out", folder);

        Assert.True(exit == 0, output);
        var text = await File.ReadAllTextAsync(Path.Combine(folder, "2026-11-30-chieu.txt"), TestContext.Current.CancellationToken);
        Assert.Contains("Tin phát thanh", text, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9]", text);
    }

    [Fact]
    public async Task AnyCommand_SeveralConfigurationErrors_AllListedExitTwo()
    {
        var config = Path.Combine(_workspace.Root, "bad2.json");
        await File.WriteAllTextAsync(config, """
            { "Commune": { "TimeZone": "Mars/Olympus" }, "Channels": { "Zalo": { "Mode": "Api" } } }
            """, TestContext.Current.CancellationToken);

        var (exit, output) = await _workspace.RunAsync("queue", "--config", config);

        Assert.Equal(2, exit);
        Assert.Contains("Commune:TimeZone", output, StringComparison.Ordinal);
        Assert.Contains("Zalo", output, StringComparison.Ordinal);
    }
}
