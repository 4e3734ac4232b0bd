using System.Security.Cryptography;

namespace CchcPublisher.IntegrationTests.Cli;

/// <summary>
/// A deleted or damaged generated site is made again from the content and the ledger (before the next publication,
/// and on <c>site rebuild</c>): every page at its address with its first publication time, the listings and feed whole.
/// </summary>
public sealed class SiteRebuildTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    public SiteRebuildTests()
    {
        _workspace.WriteArticle("a.md", CliWorkspace.Article("Lịch tiếp công dân tháng 12", "2026-11-20T07:30:00+07:00"));
        _workspace.WriteArticle("b.md", CliWorkspace.Article("Thủ tục đăng ký khai sinh", "2026-11-25T07:30:00+07:00", categories: "[mot-cua]"));
        _workspace.WriteArticle("c.md", CliWorkspace.Article("Hướng dẫn nộp hồ sơ trực tuyến", "2026-12-01T07:30:00+07:00"));
    }

    private string Site => Path.Combine(_workspace.DataRoot, "site");

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task SiteFolderDeleted_SiteRebuild_WritesTheSameSiteByteForByte()
    {
        await PublishAsync();
        var before = Snapshot();
        var page = Directory.GetFiles(Path.Combine(Site, "bai-viet"), "lich-tiep-cong-dan*.html").Single();
        Assert.Contains(">20/11/2026 07:30</time>", await File.ReadAllTextAsync(page, TestContext.Current.CancellationToken)); // dated at its due time, not the run

        Directory.Delete(Site, recursive: true);
        var (exit, output) = await _workspace.RunAsync("site", "rebuild");

        Assert.True(exit == 0, output);
        Assert.Contains("3 bài", output);
        AssertSameSite(before, Snapshot());
    }

    [Fact]
    public async Task SiteFolderDeleted_NextPublication_RebuildsBeforeAddingTheNewArticle()
    {
        await PublishAsync();
        var before = Snapshot();
        Directory.Delete(Site, recursive: true);
        _workspace.WriteArticle("d.md", CliWorkspace.Article("Thông báo mới", "2026-12-02T07:30:00+07:00"));

        await PublishAsync();

        var index = await File.ReadAllTextAsync(Path.Combine(Site, "index.html"), TestContext.Current.CancellationToken);
        foreach (var title in (string[])["Lịch tiếp công dân tháng 12", "Thủ tục đăng ký khai sinh", "Hướng dẫn nộp hồ sơ trực tuyến", "Thông báo mới"])
        {
            Assert.Contains(title, index);
        }

        var after = Snapshot();
        foreach (var page in before.Keys.Where(k => k.StartsWith("bai-viet/", StringComparison.Ordinal)))
        {
            Assert.True(after.TryGetValue(page, out var hash) && hash == before[page], page + " differs after the rebuild");
        }
    }

    [Fact]
    public async Task DamagedManifest_NextPublication_RebuildsAndKeepsTheDamagedCopy()
    {
        await PublishAsync();
        var before = Snapshot();
        await File.WriteAllTextAsync(Path.Combine(Site, "site-manifest.json"), "{ hỏng", TestContext.Current.CancellationToken);
        File.Delete(Path.Combine(Site, "index.html"));

        var (exit, output) = await _workspace.RunAsync("publish", "--due-until", "2026-12-02");

        Assert.True(exit == 0, output);
        Assert.True(File.Exists(Path.Combine(Site, "site-manifest.json.hong")));
        AssertSameSite(before, Snapshot());
    }

    [Fact]
    public async Task WithoutPublications_NothingIsBuilt()
    {
        var (exit, output) = await _workspace.RunAsync("site", "rebuild");

        Assert.True(exit == 0, output);
        Assert.Contains("0 bài", output);
    }

    private async Task PublishAsync()
    {
        var (exit, output) = await _workspace.RunAsync("publish", "--due-until", "2026-12-02");
        Assert.True(exit == 0, output);
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(Site, "*", SearchOption.AllDirectories)
            .Select(p => (Relative: Path.GetRelativePath(Site, p).Replace('\\', '/'), Path: p))
            .Where(f => f.Relative.EndsWith(".html", StringComparison.Ordinal) || f.Relative is "rss.xml" or "site-manifest.json")
            .ToDictionary(f => f.Relative, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f.Path))), StringComparer.Ordinal);

    private static void AssertSameSite(Dictionary<string, string> before, Dictionary<string, string> after)
    {
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        var different = before.Where(b => after[b.Key] != b.Value).Select(b => b.Key).ToList();
        Assert.True(different.Count == 0, "differs: " + string.Join(", ", different));
    }
}
