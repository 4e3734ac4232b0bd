using CchcPublisher.Content;
using CchcPublisher.Content.Articles;
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
    /// <summary>When the test's files were written (set on each file), an hour before the loader's file clock.</summary>
    private static readonly DateTime AnHourAgo = new(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>The machine's clock as the loader sees it when it judges whether a file was written too recently.</summary>
    private static readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider FileClock = new(new DateTimeOffset(AnHourAgo.AddHours(1)));

    private static ContentLoader Loader()
    {
        var loader = ContentTestFactory.Loader();
        loader.FileClock = FileClock;
        return loader;
    }

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
        var second = Assert.Single((await loader.LoadAsync(folder.Root, CancellationToken.None)).Articles);
        Assert.NotSame(first, second);
        Assert.NotSame(first.Document, second.Document); // a rendered body never stays in the cache

        WriteOld(folder, "articles/a.md", Article("Bài B")); // same length, same time: not read again
        var third = Assert.Single((await loader.LoadAsync(folder.Root, CancellationToken.None)).Articles);

        Assert.Equal("Bài A", third.Title);
        Assert.Equal(first.ContentHash, third.ContentHash);
        Assert.Equal("Bài B", Assert.Single((await Loader().LoadAsync(folder.Root, CancellationToken.None)).Articles).Title);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task Body_KeptInTheFile_ReadOnUseAndLetGoWithTheDocument()
    {
        using var folder = new TempContentFolder();
        WriteOld(folder, "articles/a.md", Article("Bài A"));
        var article = Assert.Single((await Loader().LoadAsync(folder.Root, CancellationToken.None)).Articles);
        Assert.True(article.BodySource.IsOnDisk);
        Assert.False(article.HoldsDocument);

        Assert.Equal("Nội dung bài Bài A.\n", article.Body);
        Assert.True(article.HoldsDocument);
        Assert.Single(article.Document);
        article.ReleaseDocument();
        Assert.False(article.HoldsDocument);
        Assert.Equal("Nội dung bài Bài A.\n", article.Body);
    }

    [Fact]
    public async Task Body_FileEditedAfterTheListing_NotReadAsTheListedVersion_AndTheNextLoadParsesIt()
    {
        using var folder = new TempContentFolder();
        WriteOld(folder, "articles/a.md", Article("Bài A"));
        var loader = Loader();
        var listed = Assert.Single((await loader.LoadAsync(folder.Root, CancellationToken.None)).Articles);

        // Same length and time: the listing cannot see the edit, the body's version check does.
        WriteOld(folder, "articles/a.md", Article("Bài B"));
        Assert.False(listed.TryLoadBody());
        Assert.Throws<ArticleChangedException>(() => listed.Document);
        Assert.Equal("Bài B", Assert.Single((await loader.LoadAsync(folder.Root, CancellationToken.None)).Articles).Title);

        var beforeDeletion = Assert.Single((await Loader().LoadAsync(folder.Root, CancellationToken.None)).Articles);
        File.Delete(Path.Combine(folder.Root, "articles", "a.md"));
        Assert.False(beforeDeletion.TryLoadBody());
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
        var now = FileClock.GetUtcNow().UtcDateTime;
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

    private static ContentLoader WatchingLoader(TimeSpan? trustFor = null, Microsoft.Extensions.Logging.ILogger<ContentLoader>? logger = null) =>
        new(Parser(), Microsoft.Extensions.Options.Options.Create(new CchcPublisher.Hosting.PathOptions()),
            logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<ContentLoader>.Instance,
            snapshotCaching: new ContentSnapshotCaching { TrustFor = trustFor ?? TimeSpan.FromMinutes(5) })
        {
            FileClock = FileClock,
        };

    /// <summary>
    /// Puts a whole file in place by one rename from outside the content folder (as an editor saving over it does,
    /// and without this process's own writer), and returns once the folder's watch has reported it.
    /// </summary>
    private static async Task ReplaceFromOutsideAsync(ContentLoader loader, TempContentFolder folder, string relativePath, string text)
    {
        var reported = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var watch = loader.WatchOf(folder.Root) ?? throw new InvalidOperationException("No watch: load once first.");
        watch.Changed += () => reported.TrySetResult();
        var staged = Path.Combine(Path.GetTempPath(), "cchc-staged-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(staged, text, CancellationToken.None);
        var target = Path.Combine(folder.Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(staged, target, overwrite: true);
        await reported.Task.WaitAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
    }

    [Fact]
    public async Task WatchingLoader_NothingChanged_AnswersWithoutListingAndWithFreshArticles()
    {
        using var folder = new TempContentFolder();
        WriteOld(folder, "articles/a.md", Article("Bài A"));
        var logger = new Microsoft.Extensions.Logging.Testing.FakeLogger<ContentLoader>();
        using var loader = WatchingLoader(logger: logger);
        var first = await loader.LoadAsync(folder.Root, CancellationToken.None);

        var second = await loader.LoadAsync(folder.Root, CancellationToken.None);
        var third = await loader.LoadAsync(folder.Root, CancellationToken.None);

        // The folder was read once ("Loaded N articles" is logged by each reading); the other loads came from memory.
        Assert.Equal(1, logger.Collector.GetSnapshot().Count(r => r.Id.Id == 1001));
        Assert.Equal(first.Articles.Select(a => a.ContentHash), third.Articles.Select(a => a.ContentHash));
        Assert.NotSame(first.Articles[0], second.Articles[0]);
        Assert.NotSame(first.Articles[0].Document, second.Articles[0].Document);
    }

    [Fact]
    public async Task WatchingLoader_FileEditedOrAddedOnDisk_SeenOnTheNextLoads()
    {
        using var folder = new TempContentFolder();
        WriteOld(folder, "articles/a.md", Article("Bài A"));
        using var loader = WatchingLoader();
        await loader.LoadAsync(folder.Root, CancellationToken.None);

        await ReplaceFromOutsideAsync(loader, folder, "articles/a.md", Article("Bài B"));
        var edited = await loader.LoadAsync(folder.Root, CancellationToken.None);
        await ReplaceFromOutsideAsync(loader, folder, "articles/2026/moi.md", Article("Bài mới"));
        var added = await loader.LoadAsync(folder.Root, CancellationToken.None);

        Assert.Equal("Bài B", edited.Articles.Single().Title);
        Assert.Contains(added.Articles, a => a.Title == "Bài mới");
    }

    [Fact]
    public async Task WatchingLoader_FileWrittenByThisProcess_SeenOnTheVeryNextLoad()
    {
        using var folder = new TempContentFolder();
        WriteOld(folder, "articles/a.md", Article("Bài A"));
        using var loader = WatchingLoader();
        await loader.LoadAsync(folder.Root, CancellationToken.None);

        // The editor, the import and the queue order write through AtomicFile: no waiting for an event.
        await CchcPublisher.Common.AtomicFile.WriteAllTextAsync(Path.Combine(folder.ArticlesRoot, "b.md"), Article("Bài B"), CancellationToken.None);

        Assert.Equal(2, (await loader.LoadAsync(folder.Root, CancellationToken.None)).Articles.Count);
    }

    [Fact]
    public async Task WatchingLoader_FileWrittenByThisProcessElsewhere_FolderNotReadAgain()
    {
        using var folder = new TempContentFolder();
        using var elsewhere = new TempContentFolder();
        WriteOld(folder, "articles/a.md", Article("Bài A"));
        var logger = new Microsoft.Extensions.Logging.Testing.FakeLogger<ContentLoader>();
        using var loader = WatchingLoader(logger: logger);
        await loader.LoadAsync(folder.Root, CancellationToken.None);

        // A site page, a report or another content folder written by this process says nothing about this folder.
        await CchcPublisher.Common.AtomicFile.WriteAllTextAsync(Path.Combine(elsewhere.Root, "trang.html"), "<p>trang</p>", CancellationToken.None);
        await loader.LoadAsync(folder.Root, CancellationToken.None);

        Assert.Equal(1, logger.Collector.GetSnapshot().Count(r => r.Id.Id == 1001));
    }

    [Fact]
    public async Task WatchingLoader_SnapshotOlderThanItsTrust_FolderListedAgain()
    {
        using var folder = new TempContentFolder();
        WriteOld(folder, "articles/a.md", Article("Bài A"));
        using var loader = WatchingLoader(TimeSpan.Zero);
        await loader.LoadAsync(folder.Root, CancellationToken.None);

        // Written in a way no event reports (an event lost on a network share): the time limit still catches it.
        WriteOld(folder, "articles/b.md", Article("Bài B"));

        Assert.Equal(2, (await loader.LoadAsync(folder.Root, CancellationToken.None)).Articles.Count);
    }

    [Fact]
    public async Task WatchingLoader_ListedAgainAndFoundTheSame_KeepsItsGeneration()
    {
        using var folder = new TempContentFolder();
        WriteOld(folder, "articles/a.md", Article("Bài A"));
        using var loader = WatchingLoader(TimeSpan.Zero); // every load lists the folder again
        var first = await loader.LoadAsync(folder.Root, CancellationToken.None);
        var second = await loader.LoadAsync(folder.Root, CancellationToken.None);

        WriteOld(folder, "articles/a.md", Article("Bài B"), AnHourAgo.AddMinutes(1));
        var changed = await loader.LoadAsync(folder.Root, CancellationToken.None);

        Assert.NotEqual(0, first.Generation);
        Assert.Equal(first.Generation, second.Generation);
        Assert.NotEqual(first.Generation, changed.Generation);
        Assert.Equal("Bài B", changed.Articles.Single().Title);
    }
}
