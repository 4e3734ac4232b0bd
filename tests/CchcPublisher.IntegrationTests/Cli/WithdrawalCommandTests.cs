namespace CchcPublisher.IntegrationTests.Cli;

/// <summary>
/// The generated website follows the content folder (a removed file or a draft takes its page off, and the listings
/// and feed are rebuilt without it), and <c>unpublish</c> takes an article off on request, through the real CLI.
/// </summary>
public sealed class WithdrawalCommandTests : IDisposable
{
    private const string Due = "2026-12-01T07:30:00+07:00";
    private readonly CliWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private string Site => Path.Combine(_workspace.DataRoot, "site");

    [Fact]
    public async Task RemovedFile_PageIndexCategoryAndFeedLoseTheArticle_StatusSaysWithdrawn()
    {
        _workspace.WriteArticle("lich-tiep-dan.md", CliWorkspace.Article("Lịch tiếp công dân tháng 12", Due));
        _workspace.WriteArticle("thu-tuc-moi.md", CliWorkspace.Article("Thủ tục cấp giấy phép xây dựng mới", Due));
        var (published, output) = await _workspace.RunAsync("publish", "--due-until", "2026-12-02");
        Assert.True(published == 0, output);
        var page = Directory.GetFiles(Path.Combine(Site, "bai-viet"), "lich-tiep-cong-dan*.html").Single();
        Assert.Contains("Lịch tiếp công dân tháng 12", await File.ReadAllTextAsync(Path.Combine(Site, "index.html"), TestContext.Current.CancellationToken));

        File.Delete(Path.Combine(_workspace.ContentRoot, "articles", "lich-tiep-dan.md"));
        var (exit, run) = await _workspace.RunAsync("publish", "--due-until", "2026-12-02");

        Assert.True(exit == 0, run);
        Assert.Contains("đã gỡ", run);
        Assert.False(File.Exists(page));
        var listings = Directory.GetFiles(Site, "*.html", SearchOption.TopDirectoryOnly)
            .Concat(Directory.GetFiles(Path.Combine(Site, "chuyen-muc"), "*.html"))
            .Append(Path.Combine(Site, "rss.xml"))
            .Append(Path.Combine(Site, "site-manifest.json"));
        foreach (var listing in listings)
        {
            var text = await File.ReadAllTextAsync(listing, TestContext.Current.CancellationToken);
            Assert.DoesNotContain("Lịch tiếp công dân tháng 12", text);
            Assert.DoesNotContain(Path.GetFileName(page), text);
        }

        Assert.Contains("Thủ tục cấp giấy phép xây dựng mới", await File.ReadAllTextAsync(Path.Combine(Site, "index.html"), TestContext.Current.CancellationToken));
        var (_, status) = await _workspace.RunAsync("status", "--format", "tsv");
        Assert.Contains(status.Split('\n'), line => line.Contains("Lịch tiếp công dân tháng 12", StringComparison.Ordinal) && line.Contains("đã gỡ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_TakesThePageOff_ReadyAgain_PutsItBack()
    {
        _workspace.WriteArticle("bai.md", CliWorkspace.Article("Hướng dẫn nộp hồ sơ trực tuyến", Due));
        _workspace.WriteArticle("khac.md", CliWorkspace.Article("Bài khác", Due));
        await _workspace.RunAsync("publish", "--due-until", "2026-12-02");
        var path = Path.Combine(_workspace.ContentRoot, "articles", "bai.md");
        var ready = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);

        await File.WriteAllTextAsync(path, ready.Replace("---\ntitle:", "---\nstatus: draft\ntitle:", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        await _workspace.RunAsync("publish", "--due-until", "2026-12-02");
        var withdrawn = Directory.GetFiles(Path.Combine(Site, "bai-viet"), "huong-dan*.html").Length == 0;
        await File.WriteAllTextAsync(path, ready + "\nBổ sung.\n", TestContext.Current.CancellationToken);
        var (exit, back) = await _workspace.RunAsync("publish", "--due-until", "2026-12-02");

        Assert.True(withdrawn, "the draft's page is still on the site");
        Assert.True(exit == 0, back);
        Assert.Single(Directory.GetFiles(Path.Combine(Site, "bai-viet"), "huong-dan*.html"));
    }

    [Fact]
    public async Task Unpublish_RemovesThePage_KeepsItOffOnLaterRuns_UnknownIdIsAUsageError()
    {
        _workspace.WriteArticle("bai.md", CliWorkspace.Article("Thông báo thu hồi", Due, channels: "[website, radio]"));
        _workspace.WriteArticle("khac.md", CliWorkspace.Article("Bài khác", Due));
        await _workspace.RunAsync("publish", "--due-until", "2026-12-02");
        var scripts = Directory.GetFiles(Path.Combine(_workspace.DataRoot, "radio"), "*thong-bao-thu-hoi*");
        Assert.NotEmpty(scripts);

        var (exit, output) = await _workspace.RunAsync("unpublish", "--article", "bai");
        var (again, later) = await _workspace.RunAsync("publish", "--due-until", "2026-12-02");
        var (unknown, typo) = await _workspace.RunAsync("unpublish", "--article", "ba");

        Assert.True(exit == 0, output);
        Assert.Contains("Trang thông tin điện tử", output);
        Assert.Empty(Directory.GetFiles(Path.Combine(Site, "bai-viet"), "thong-bao-thu-hoi*.html"));
        Assert.All(scripts, s => Assert.False(File.Exists(s), s));
        Assert.True(again == 0, later);
        Assert.Empty(Directory.GetFiles(Path.Combine(Site, "bai-viet"), "thong-bao-thu-hoi*.html"));
        Assert.Equal(2, unknown);
        Assert.Contains("bai", typo);
    }
}
