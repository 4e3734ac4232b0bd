using CchcPublisher.Content.Editing;
using CchcPublisher.Hosting;
using CchcPublisher.UnitTests.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.UnitTests.Content.Editing;

public sealed class ArticleFileStoreTests : IDisposable
{
    private const string Article = "articles/2026/12/bai.md";
    private readonly TempFolder _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero));
    private readonly ArticleFileStore _store;

    public ArticleFileStoreTests() =>
        _store = new ArticleFileStore(Options.Create(new PathOptions { BaseFolder = _temp.Path }), _time);

    public void Dispose() => _temp.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_NewThenEdited_WritesAndKeepsEarlierVersion()
    {
        var first = Assert.IsType<SaveOutcome.Saved>(await _store.SaveAsync(Article, "một\n", null, Token));
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.IsType<SaveOutcome.Saved>(await _store.SaveAsync(Article, "hai\n", first.Hash, Token));

        Assert.Equal("hai\n", await File.ReadAllTextAsync(Path.Combine(_temp.Path, "content", Article), Token));
        var version = Assert.Single(_store.Versions(Article));
        Assert.Equal("một\n", await _store.ReadVersionAsync(Article, version.Name, Token));
        Assert.True(File.Exists(Path.Combine(_temp.Path, "data", "versions", "2026", "12", "bai", version.Name + ".md")));
    }

    [Fact]
    public async Task SaveAsync_FileChangedSinceOpened_RefusedWithDiskText()
    {
        var opened = Assert.IsType<SaveOutcome.Saved>(await _store.SaveAsync(Article, "gốc\n", null, Token));
        await File.WriteAllTextAsync(Path.Combine(_temp.Path, "content", Article), "của người khác\n", Token);

        var conflict = Assert.IsType<SaveOutcome.Conflict>(await _store.SaveAsync(Article, "của tôi\n", opened.Hash, Token));

        Assert.Equal("của người khác\n", conflict.DiskText);
        Assert.Equal("của người khác\n", await File.ReadAllTextAsync(Path.Combine(_temp.Path, "content", Article), Token));
        Assert.Empty(_store.Versions(Article));
    }

    [Fact]
    public async Task SaveAsync_NewFileThatAppearedMeanwhile_Refused()
    {
        await _store.SaveAsync(Article, "đã có\n", null, Token);

        Assert.IsType<SaveOutcome.Conflict>(await _store.SaveAsync(Article, "mới\n", null, Token));
    }

    [Theory]
    [InlineData("articles/../secrets.md")]
    [InlineData("../articles/a.md")]
    [InlineData("articles/a.txt")]
    [InlineData("plan/a.md")]
    [InlineData("articles/.an/a.md")]
    [InlineData("")]
    public void FullPath_OutsideArticlesOrNotMarkdown_Null(string path) => Assert.Null(_store.FullPath(path));

    [Fact]
    public void NewPath_Taken_NumbersTheSlug()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        var first = _store.NewPath("Hướng dẫn nộp hồ sơ", zone);
        Assert.Equal("articles/2026/12/huong-dan-nop-ho-so.md", first);
        Directory.CreateDirectory(Path.GetDirectoryName(_store.FullPath(first)!)!);
        File.WriteAllText(_store.FullPath(first)!, "x");

        Assert.Equal("articles/2026/12/huong-dan-nop-ho-so-2.md", _store.NewPath("Hướng dẫn nộp hồ sơ", zone));
    }

    [Fact]
    public async Task SaveImageAsync_ImageAndOther_SavedBesideOrRefused()
    {
        using var png = new MemoryStream([1, 2, 3]);
        using var script = new MemoryStream([1, 2, 3]);

        Assert.Equal("anh/anh-bia-xa.png", await _store.SaveImageAsync(Article, "Ảnh bìa xã.PNG", png, Token));
        Assert.Null(await _store.SaveImageAsync(Article, "x.svg", script, Token));
        Assert.NotNull(_store.FileBeside(Article, "anh/anh-bia-xa.png"));
        Assert.Null(_store.FileBeside(Article, "../../../../../etc/passwd"));
    }
}
