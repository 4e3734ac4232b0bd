using CchcPublisher.IntegrationTests.TestSupport;

namespace CchcPublisher.IntegrationTests.Cli;

public sealed class PreviewCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private string Preview => Path.Combine(_workspace.DataRoot, "preview");

    [Fact]
    public async Task Preview_OneArticle_RendersEveryChannelWithoutLedgerOrSite()
    {
        _workspace.WriteArticle("a.md", CliWorkspace.Article("Hướng dẫn nộp hồ sơ trực tuyến", publishAt: "2027-01-05T08:00", channels: "[website, zalo, facebook, radio]"));
        _workspace.WriteArticle("b.md", CliWorkspace.Article("Bài khác", publishAt: "2027-01-06T08:00"));

        var (exit, output) = await _workspace.RunAsync("preview", "--article", "a");

        Assert.True(exit == 0, output);
        var page = File.ReadAllText(Path.Combine(Preview, "site", "bai-viet", "huong-dan-nop-ho-so-truc-tuyen.html"));
        Assert.Contains("Hướng dẫn nộp hồ sơ trực tuyến", page, StringComparison.Ordinal);
        Assert.Contains("<style", page, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(Preview, "outbox", "zalo"), "*.json"));
        Assert.Single(Directory.GetFiles(Path.Combine(Preview, "outbox", "facebook"), "*.json"));
        Assert.Single(Directory.GetFiles(Path.Combine(Preview, "radio"), "*.txt"));
        Assert.False(File.Exists(Path.Combine(Preview, "site", "bai-viet", "bai-khac.html")));
        // No ledger, no site: only the preview and the content index (data/cache, what the next command reuses).
        Assert.Equal(["cache", "preview"], Directory.GetFileSystemEntries(_workspace.DataRoot).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("Chưa có gì được đăng", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_Date_RendersOnlyArticlesDueThatDayIntoOutFolder()
    {
        _workspace.WriteArticle("a.md", CliWorkspace.Article("Bài ngày năm", publishAt: "2027-01-05T08:00"));
        _workspace.WriteArticle("b.md", CliWorkspace.Article("Bài ngày sáu", publishAt: "2027-01-06T08:00"));
        var outRoot = Path.Combine(_workspace.Root, "xem-truoc");

        var (exit, output) = await _workspace.RunAsync("preview", "--date", "2027-01-06", "--out", outRoot);

        Assert.True(exit == 0, output);
        Assert.True(File.Exists(Path.Combine(outRoot, "site", "bai-viet", "bai-ngay-sau.html")));
        Assert.False(File.Exists(Path.Combine(outRoot, "site", "bai-viet", "bai-ngay-nam.html")));
        Assert.False(Directory.Exists(Path.Combine(_workspace.DataRoot, "site")));
        var (_, status) = await _workspace.RunAsync("status");
        Assert.DoesNotContain("Bài ngày sáu", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_UnknownArticle_ExitsTwoNamingNearestIds()
    {
        _workspace.WriteArticle("huong-dan-dvc.md", CliWorkspace.Article("Bài"));

        var (exit, output) = await _workspace.RunAsync("preview", "--article", "huong-dan-dv");

        Assert.Equal(2, exit);
        Assert.Contains("huong-dan-dvc", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_UnknownArticle_ExitsTwoNamingNearestIds()
    {
        _workspace.WriteArticle("2026/huong-dan-dvc.md", CliWorkspace.Article("Bài", publishAt: "2026-11-05T08:00"));

        var (exit, output) = await _workspace.RunAsync("publish", "--due-until", "2026-12-31", "--article", "huong-dan");

        Assert.Equal(2, exit);
        Assert.Contains("2026/huong-dan-dvc", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Không có gì mới", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_RadioArticle_WritesWavWhereEspeakExists()
    {
        var espeak = CchcPublisher.Channels.Radio.Tts.EspeakTtsEngine.Locate("espeak-ng");
        RequiredComponent.SkipOrFailWhen(espeak is null, "espeak-ng is not installed");
        _workspace.WriteArticle("a.md", CliWorkspace.Article("Bài cho loa", channels: "[radio]", body: "Xin mời bà con đến Bộ phận một cửa."));

        var (exit, output) = await _workspace.RunAsync("preview", "--article", "a");

        Assert.True(exit == 0, output);
        var wav = Assert.Single(Directory.GetFiles(Path.Combine(Preview, "radio"), "*.wav"));
        Assert.True(new FileInfo(wav).Length > 1000);
    }
}
