using CchcPublisher.Content;
using CchcPublisher.Content.Diagnostics;
using static CchcPublisher.UnitTests.Content.ContentTestFactory;

namespace CchcPublisher.UnitTests.Content;

/// <summary>
/// The loader parses a file again only when its size, its last write time or the categories changed. The tests
/// make a second version of a file with the same length and force its time back, which is how they see whether
/// the loader parsed it again or answered from what it remembered.
/// </summary>
public sealed class ContentLoaderCacheTests
{
    private static readonly DateTime AnHourAgo = DateTime.UtcNow.AddHours(-1);

    private static string Article(string title, string categories = "cong-vu") =>
        $"---\ntitle: {title}\ncategories: {categories}\n---\nNội dung bài {title}.\n";

    private static string WriteOld(TempContentFolder folder, string relativePath, string text, DateTime? time = null)
    {
        var path = folder.Write(relativePath, text);
        File.SetLastWriteTimeUtc(path, time ?? AnHourAgo);
        return path;
    }

    [Fact]
    public async Task LoadAsync_UnchangedFile_RememberedButEachLoadGetsItsOwnArticle()
    {
        using var folder = new TempContentFolder();
        var path = WriteOld(folder, "articles/a.md", Article("Bài A"));
        var loader = Loader();
        var first = Assert.Single((await loader.LoadAsync(folder.Root, CancellationToken.None)).Articles);

        WriteOld(folder, "articles/a.md", Article("Bài B")); // same length, same time: not read again
        var second = Assert.Single((await loader.LoadAsync(folder.Root, CancellationToken.None)).Articles);

        Assert.Equal("Bài A", second.Title);
        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.NotSame(first, second);
        Assert.NotSame(first.Document, second.Document); // a rendered body never stays in the cache
        Assert.Equal("Bài B", Assert.Single((await Loader().LoadAsync(folder.Root, CancellationToken.None)).Articles).Title);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task LoadAsync_FileTimeOrLengthChanged_ParsedAgain()
    {
        using var folder = new TempContentFolder();
        WriteOld(folder, "articles/a.md", Article("Bài A"));
        var loader = Loader();
        await loader.LoadAsync(folder.Root, CancellationToken.None);

        WriteOld(folder, "articles/a.md", Article("Bài B"), AnHourAgo.AddSeconds(1));
        Assert.Equal("Bài B", Assert.Single((await loader.LoadAsync(folder.Root, CancellationToken.None)).Articles).Title);

        WriteOld(folder, "articles/a.md", Article("Bài Cc"), AnHourAgo.AddSeconds(1));
        Assert.Equal("Bài Cc", Assert.Single((await loader.LoadAsync(folder.Root, CancellationToken.None)).Articles).Title);
    }

    [Fact]
    public async Task LoadAsync_FileWrittenJustNow_NeverRemembered()
    {
        using var folder = new TempContentFolder();
        var now = DateTime.UtcNow;
        WriteOld(folder, "articles/a.md", Article("Bài A"), now);
        var loader = Loader();
        await loader.LoadAsync(folder.Root, CancellationToken.None);

        // An edit of the same length within the file system's time resolution: the time does not move.
        WriteOld(folder, "articles/a.md", Article("Bài B"), now);

        Assert.Equal("Bài B", Assert.Single((await loader.LoadAsync(folder.Root, CancellationToken.None)).Articles).Title);
    }

    [Fact]
    public async Task LoadAsync_CategoriesFileChanged_ArticlesCheckedAgainstTheNewOne()
    {
        using var folder = new TempContentFolder();
        WriteOld(folder, "articles/a.md", Article("Bài A", "an-ninh-trat-tu"));
        var loader = Loader();
        var before = await loader.LoadAsync(folder.Root, CancellationToken.None);
        Assert.Contains(before.Diagnostics, d => d.IsError && d.Path.EndsWith("a.md", StringComparison.Ordinal));

        folder.Write("categories.yaml", "categories:\n  - key: an-ninh-trat-tu\n    label: An ninh, trật tự\n");
        var after = await loader.LoadAsync(folder.Root, CancellationToken.None);

        Assert.DoesNotContain(after.Diagnostics, d => d.IsError);
        Assert.Equal(["an-ninh-trat-tu"], Assert.Single(after.Articles).Categories);
    }

    [Fact]
    public async Task LoadAsync_FileRemovedThenAnotherWithTheSameLengthAndTime_ReadsTheNewOne()
    {
        using var folder = new TempContentFolder();
        var path = WriteOld(folder, "articles/a.md", Article("Bài A"));
        var loader = Loader();
        await loader.LoadAsync(folder.Root, CancellationToken.None);

        File.Delete(path);
        Assert.Empty((await loader.LoadAsync(folder.Root, CancellationToken.None)).Articles);
        WriteOld(folder, "articles/a.md", Article("Bài B"));

        Assert.Equal("Bài B", Assert.Single((await loader.LoadAsync(folder.Root, CancellationToken.None)).Articles).Title);
    }

    [Fact]
    public async Task LoadAsync_BrokenFileStaysBrokenUntilFixed()
    {
        using var folder = new TempContentFolder();
        WriteOld(folder, "articles/a.md", "---\ntitle: [\n---\nThân bài.\n");
        var loader = Loader();
        var first = Assert.Single((await loader.LoadAsync(folder.Root, CancellationToken.None)).Diagnostics, d => d.IsError);

        var again = await loader.LoadAsync(folder.Root, CancellationToken.None);
        Assert.Equal(first, Assert.Single(again.Diagnostics, d => d.IsError));
        Assert.Empty(again.Articles);

        WriteOld(folder, "articles/a.md", Article("Đã sửa"), AnHourAgo.AddMinutes(1));
        var fixedSnapshot = await loader.LoadAsync(folder.Root, CancellationToken.None);
        Assert.DoesNotContain(fixedSnapshot.Diagnostics, d => d.Code != DiagnosticCodes.DuplicateId && d.IsError);
        Assert.Equal("Đã sửa", Assert.Single(fixedSnapshot.Articles).Title);
    }
}
