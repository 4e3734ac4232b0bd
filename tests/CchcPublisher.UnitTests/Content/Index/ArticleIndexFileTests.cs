using CchcPublisher.Content;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Content.Index;
using CchcPublisher.Content.Markdown;
using CchcPublisher.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CchcPublisher.UnitTests.Content.Index;

/// <summary>
/// A new process (a new loader) reuses the parses the last one left in the data folder, for files whose length and
/// write time are unchanged. Like <see cref="ContentLoaderCacheTests"/>, the tests rewrite a file with the same length
/// and time: a title that stays the old one shows the parse came from the index.
/// </summary>
public sealed class ArticleIndexFileTests : IDisposable
{
    private static readonly DateTime AnHourAgo = new(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider FileClock = new(new DateTimeOffset(AnHourAgo.AddHours(1)));

    private readonly TempContentFolder _folder = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "cchc-index-" + Guid.NewGuid().ToString("N"));

    public ArticleIndexFileTests() => Directory.CreateDirectory(_data);

    public void Dispose()
    {
        _folder.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    private ContentLoader Loader(string? data = null, string timeZone = "Asia/Ho_Chi_Minh") =>
        new(ContentTestFactory.Parser(timeZone), Options.Create(new PathOptions { Data = data ?? _data }), NullLogger<ContentLoader>.Instance) { FileClock = FileClock };

    private static string Article(string title, string extra = "") =>
        $"---\ntitle: {title}\ncategories: [cong-vu]\n{extra}---\nNội dung bài {title}.\n";

    private string Write(string relativePath, string text, DateTime? time = null)
    {
        var path = _folder.Write(relativePath, text);
        File.SetLastWriteTimeUtc(path, time ?? AnHourAgo);
        return path;
    }

    private string[] IndexFiles() => Directory.Exists(Path.Combine(_data, "cache")) ? Directory.GetFiles(Path.Combine(_data, "cache")) : [];

    private async Task<ContentSnapshot> LoadAsync(ContentLoader loader) => await loader.LoadAsync(_folder.Root, CancellationToken.None);

    [Fact]
    public async Task NewProcess_UnchangedFiles_ComeFromTheIndex_BodyReadFromTheFile()
    {
        Write("articles/a.md", Article("Bài A"));
        Write("articles/b.md", Article("Bài B"));
        var first = await LoadAsync(Loader());
        Assert.Single(IndexFiles());

        Write("articles/a.md", Article("Bài X")); // same length and time: only the index knows the old title
        var second = await LoadAsync(Loader());

        Assert.Equal(["Bài A", "Bài B"], second.Articles.Select(a => a.Title));
        Assert.Equal(first.Articles.Select(a => a.ContentHash), second.Articles.Select(a => a.ContentHash));
        Assert.Equal(first.Articles.Select(a => a.Slug), second.Articles.Select(a => a.Slug));
        Assert.Equal(first.Articles.Select(a => a.PublishAt), second.Articles.Select(a => a.PublishAt));
        Assert.Equal("Nội dung bài Bài B.\n", second.Articles[1].Body);
        // The file holds another version than the one listed: its body is not passed off as the listed one.
        Assert.False(second.Articles[0].TryLoadBody());
    }

    [Fact]
    public async Task NewProcess_FileChanged_ParsedAgain_AndTheIndexFollows()
    {
        Write("articles/a.md", Article("Bài A"));
        await LoadAsync(Loader());

        Write("articles/a.md", Article("Bài AB"), AnHourAgo.AddSeconds(1));
        Assert.Equal("Bài AB", Assert.Single((await LoadAsync(Loader())).Articles).Title);

        File.Delete(Path.Combine(_folder.ArticlesRoot, "a.md"));
        Write("articles/c.md", Article("Bài C"));
        Assert.Equal("Bài C", Assert.Single((await LoadAsync(Loader())).Articles).Title);
        Assert.Equal("Bài C", Assert.Single((await LoadAsync(Loader())).Articles).Title);
    }

    [Fact]
    public async Task Warnings_AndErrors_AreRemembered_WithTheirLines()
    {
        Write("articles/a.md", Article("Bài A", "tittle: sai\n"));
        Write("articles/b.md", "---\ntitle: Thiếu chuyên mục\n---\nNội dung.\n");
        var first = await LoadAsync(Loader());
        var second = await LoadAsync(Loader());

        Assert.NotEmpty(first.Diagnostics);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(first.Articles.Select(a => a.Id), second.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task SettingsChanged_IndexIgnored()
    {
        Write("articles/a.md", Article("Bài A", "publish_at: 2027-01-04 08:00\n"));
        var hanoi = Assert.Single((await LoadAsync(Loader())).Articles);

        var tokyo = Assert.Single((await LoadAsync(Loader(timeZone: "Asia/Tokyo"))).Articles);

        Assert.NotEqual(hanoi.PublishAt, tokyo.PublishAt);
        Assert.Equal(TimeSpan.FromHours(2), hanoi.PublishAt - tokyo.PublishAt);
    }

    [Fact]
    public async Task CategoriesFileChanged_IndexIgnored()
    {
        Write("articles/a.md", Article("Bài A"));
        await LoadAsync(Loader());
        Write("articles/a.md", Article("Bài X"));

        _folder.Write("categories.yaml", "categories:\n  - key: cong-vu\n    name: Công vụ\n");
        var snapshot = await LoadAsync(Loader());

        Assert.Equal("Bài X", Assert.Single(snapshot.Articles).Title);
    }

    [Fact]
    public async Task CoverDeletedSinceTheIndex_ParsedAgain_ErrorShown()
    {
        _folder.WriteBytes("articles/anh.jpg", [0xFF, 0xD8, 0xFF]);
        Write("articles/a.md", Article("Bài A", "cover: anh.jpg\n"));
        Assert.Single((await LoadAsync(Loader())).Articles);

        File.Delete(Path.Combine(_folder.ArticlesRoot, "anh.jpg"));
        var snapshot = await LoadAsync(Loader());

        Assert.Empty(snapshot.Articles);
        Assert.Contains(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.CoverNotFound);
    }

    [Fact]
    public async Task DamagedIndex_Ignored_AndWrittenAnew()
    {
        Write("articles/a.md", Article("Bài A"));
        await LoadAsync(Loader());
        var index = Assert.Single(IndexFiles());
        await File.WriteAllTextAsync(index, "{\"Version\":1,\"Key\":", TestContext.Current.CancellationToken);
        Write("articles/a.md", Article("Bài X"));

        Assert.Equal("Bài X", Assert.Single((await LoadAsync(Loader())).Articles).Title);
        Write("articles/a.md", Article("Bài Y"));
        Assert.Equal("Bài X", Assert.Single((await LoadAsync(Loader())).Articles).Title); // the new index is good again
    }

    [Fact]
    public async Task IndexDamagedAfterAGoodEntry_NoEntryTrusted_EveryFileParsedAgain()
    {
        Write("articles/a.md", Article("Bài A"));
        Write("articles/b.md", Article("Bài B"));
        await LoadAsync(Loader());
        var index = Assert.Single(IndexFiles());
        var lines = await File.ReadAllLinesAsync(index, TestContext.Current.CancellationToken);
        Assert.Equal(3, lines.Length); // header, a.md, b.md
        await File.WriteAllTextAsync(index, lines[0] + "\n" + lines[1] + "\n" + lines[2][..(lines[2].Length / 2)] + "\n", TestContext.Current.CancellationToken);
        Write("articles/a.md", Article("Bài X")); // same length and time: only a trusted index would give the old title
        Write("articles/b.md", Article("Bài Y"));

        Assert.Equal(["Bài X", "Bài Y"], (await LoadAsync(Loader())).Articles.Select(a => a.Title));
    }

    [Fact]
    public async Task FileWrittenJustNow_NotRemembered()
    {
        Write("articles/a.md", Article("Bài A"), FileClock.GetUtcNow().UtcDateTime.AddSeconds(-1));
        await LoadAsync(Loader());
        Write("articles/a.md", Article("Bài X"), FileClock.GetUtcNow().UtcDateTime.AddSeconds(-1));

        Assert.Equal("Bài X", Assert.Single((await LoadAsync(Loader())).Articles).Title);
    }

    [Fact]
    public async Task NoDataFolder_NothingWritten_StillLoads()
    {
        var missing = Path.Combine(_data, "chua-co");
        Write("articles/a.md", Article("Bài A"));

        Assert.Single((await LoadAsync(Loader(missing))).Articles);

        Assert.False(Directory.Exists(missing));
        Assert.Empty(IndexFiles());
    }

    [Fact]
    public void For_OneFilePerContentFolder_InTheDataFolder()
    {
        var a = ArticleIndexFile.For(_data, "/srv/xa-a/content", "k")!;
        var b = ArticleIndexFile.For(_data, "/srv/xa-b/content", "k")!;

        Assert.NotEqual(a.FilePath, b.FilePath);
        Assert.StartsWith(Path.Combine(_data, "cache"), a.FilePath, StringComparison.Ordinal);
        Assert.Null(ArticleIndexFile.For(Path.Combine(_data, "chua-co"), "/srv/xa-a/content", "k"));
    }

    [Fact]
    public void IndexedParse_DiagnosticsShownWhereTheReaderStands()
    {
        var remembered = new IndexedParse("articles/a.md", 10, 0, null,
            [new Diagnostic("../xa/content/articles/a.md", 3, 1, DiagnosticSeverity.Error, DiagnosticCodes.MissingTitle, "Thiếu tiêu đề.")], 1, 1);

        var result = remembered.ToResult("/srv/xa/content/articles/a.md", "articles/a.md", new NoBodies(), "content/articles/a.md");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("content/articles/a.md", diagnostic.Path);
        Assert.Equal((3, "Thiếu tiêu đề."), (diagnostic.Line, diagnostic.Message));
    }

    private sealed class NoBodies : IArticleBodyReader
    {
        public string ReadBody(string path, string hash) => throw new InvalidOperationException("no article");
    }
}
