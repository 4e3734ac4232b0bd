using CchcPublisher.Content;
using CchcPublisher.Content.Diagnostics;
using static CchcPublisher.UnitTests.Content.ContentTestFactory;

namespace CchcPublisher.UnitTests.Content;

public sealed class ContentLoaderTests
{
    private static string Article(string title, string categories = "cong-vu", string extra = "") =>
        $"---\ntitle: {title}\ncategories: {categories}\n{extra}---\nNội dung bài {title}.\n";

    private static Task<ContentSnapshot> LoadAsync(TempContentFolder folder) =>
        Loader().LoadAsync(folder.Root, TestContext.Current.CancellationToken);

    [Fact]
    public async Task LoadAsync_NestedFolders_AllArticlesInOrdinalOrder()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/b.md", Article("B"));
        folder.Write("articles/2026/11/c.md", Article("C"));
        folder.Write("articles/2026/a.md", Article("A"));
        folder.Write("articles/2026/Z.MD", Article("Z"));
        folder.Write("articles/2026/ghi-chu.txt", "không phải bài viết");
        folder.Write("articles/.nhap/an.md", Article("Ẩn"));
        folder.Write("HUONG-DAN.md", "# Hướng dẫn\n");

        var snapshot = await LoadAsync(folder);

        Assert.Empty(snapshot.Diagnostics);
        Assert.Equal(["articles/2026/11/c.md", "articles/2026/Z.MD", "articles/2026/a.md", "articles/b.md"], snapshot.Articles.Select(a => a.RelativePath));
        Assert.Equal(["2026/11/c", "2026/z", "2026/a", "b"], snapshot.Articles.Select(a => a.Id));
        Assert.All(snapshot.Articles, a => Assert.True(Path.IsPathFullyQualified(a.SourcePath)));
        Assert.All(snapshot.Articles, a => Assert.NotNull(a.ModifiedAt));
        Assert.Same(CchcPublisher.Content.Categories.CategoryTaxonomy.BuiltIn, snapshot.Taxonomy);
    }

    [Fact]
    public async Task LoadAsync_DuplicateIds_ErrorOnBothAndNeitherKept()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/2026/huong-dan.md", Article("Một"));
        folder.Write("articles/2026/Hướng dẫn.md", Article("Hai"));
        folder.Write("articles/khac.md", Article("Ba", extra: "id: 2026/huong-dan\n"));
        folder.Write("articles/rieng.md", Article("Bốn"));

        var snapshot = await LoadAsync(folder);

        Assert.Equal(["rieng"], snapshot.Articles.Select(a => a.Id));
        var errors = snapshot.Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateId).ToList();
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.True(e.IsError));
        var explicitId = Assert.Single(errors, e => e.Path.EndsWith("khac.md", StringComparison.Ordinal));
        Assert.Equal((4, 5), (explicitId.Line, explicitId.Column));
        Assert.Contains("articles/2026/huong-dan.md", explicitId.Message, StringComparison.Ordinal);
        Assert.Contains("articles/2026/Hướng dẫn.md", explicitId.Message, StringComparison.Ordinal);
        Assert.True(snapshot.HasErrors);
    }

    [Fact]
    public async Task LoadAsync_DraftDuplicatingReadyArticle_BothRejected()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/a.md", Article("A"));
        folder.Write("articles/b.md", Article("B", extra: "id: a\nstatus: draft\n"));

        var snapshot = await LoadAsync(folder);

        Assert.Empty(snapshot.Articles);
        Assert.Equal(2, snapshot.Diagnostics.Count(d => d.Code == DiagnosticCodes.DuplicateId));
    }

    [Fact]
    public async Task LoadAsync_BadArticle_OthersStillLoaded()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/1.md", Article("Một"));
        folder.WriteBytes("articles/2.md", [0x2D, 0x2D, 0x2D, 0x0A, 0xAB, 0x0A]);
        folder.Write("articles/3.md", Article("Ba", categories: "cong-vuu"));
        folder.Write("articles/4.md", Article("Bốn", extra: "ghi_chu_rieng: x\n"));

        var snapshot = await LoadAsync(folder);

        Assert.Equal(["1", "4"], snapshot.Articles.Select(a => a.Id));
        Assert.Equal(
            [(DiagnosticCodes.NotUtf8, "2.md"), (DiagnosticCodes.UnknownCategory, "3.md"), (DiagnosticCodes.UnknownKey, "4.md")],
            snapshot.Diagnostics.Select(d => (d.Code, Path.GetFileName(d.Path))));
    }

    [Fact]
    public async Task LoadAsync_MissingArticlesFolder_ErrorNotException()
    {
        using var folder = new TempContentFolder();
        Directory.Delete(folder.ArticlesRoot);

        var snapshot = await LoadAsync(folder);

        Assert.Empty(snapshot.Articles);
        var error = Assert.Single(snapshot.Diagnostics);
        Assert.Equal((DiagnosticCodes.ArticlesFolderMissing, 1, 1), (error.Code, error.Line, error.Column));
        Assert.Equal(folder.ArticlesRoot, error.Path);
    }

    [Fact]
    public async Task LoadAsync_MissingContentRoot_ErrorNotException()
    {
        var missing = Path.Combine(Path.GetTempPath(), "cchc-missing-" + Guid.NewGuid().ToString("N"));

        var snapshot = await Loader().LoadAsync(missing, TestContext.Current.CancellationToken);

        Assert.Equal(DiagnosticCodes.ArticlesFolderMissing, Assert.Single(snapshot.Diagnostics).Code);
    }

    [Fact]
    public async Task LoadAsync_EmptyArticlesFolder_NoDiagnostics()
    {
        using var folder = new TempContentFolder();

        var snapshot = await LoadAsync(folder);

        Assert.Empty(snapshot.Articles);
        Assert.Empty(snapshot.Diagnostics);
    }

    [Fact]
    public async Task LoadAsync_CategoriesFile_ExtendsTaxonomyForArticles()
    {
        using var folder = new TempContentFolder();
        folder.Write("categories.yaml", "categories:\n  - key: an-ninh-trat-tu\n    label: An ninh, trật tự\n");
        folder.Write("articles/a.md", Article("A", categories: "[an-ninh-trat-tu, the-che]"));

        var snapshot = await LoadAsync(folder);

        Assert.Empty(snapshot.Diagnostics);
        Assert.Equal(["an-ninh-trat-tu", "the-che"], Assert.Single(snapshot.Articles).Categories);
        Assert.Equal("An ninh, trật tự", snapshot.Taxonomy.Label("an-ninh-trat-tu"));
    }

    [Fact]
    public async Task LoadAsync_CategoriesFileReplacesBuiltIn_BuiltInKeyRejected()
    {
        using var folder = new TempContentFolder();
        folder.Write("categories.yaml", "replace_builtin: true\ncategories:\n  - key: tin-tuc\n    label: Tin tức\n");
        folder.Write("articles/a.md", Article("A", categories: "the-che"));

        var snapshot = await LoadAsync(folder);

        Assert.Empty(snapshot.Articles);
        var error = Assert.Single(snapshot.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownCategory, error.Code);
    }

    [Fact]
    public async Task LoadAsync_CategoriesFileErrors_ReportedFirstWithPath()
    {
        using var folder = new TempContentFolder();
        folder.Write("categories.yaml", "categories:\n  - key: x\n");
        folder.Write("articles/a.md", Article("A", categories: "x"));

        var snapshot = await LoadAsync(folder);

        Assert.Equal(
            [(DiagnosticCodes.CategoryLabelMissing, "categories.yaml"), (DiagnosticCodes.UnknownCategory, "a.md")],
            snapshot.Diagnostics.Select(d => (d.Code, Path.GetFileName(d.Path))));
        Assert.Equal(Path.Combine(folder.Root, "categories.yaml"), snapshot.Diagnostics[0].Path);
    }

    [Fact]
    public async Task LoadAsync_CoverBesideArticle_Resolved()
    {
        using var folder = new TempContentFolder();
        var image = folder.WriteBytes("articles/2026/anh.jpg", [0xFF, 0xD8, 0xFF]);
        folder.Write("articles/2026/bai.md", Article("A", extra: "cover: anh.jpg\n"));

        var snapshot = await LoadAsync(folder);

        Assert.Equal(image, Assert.Single(snapshot.Articles).CoverPath);
    }

    [Fact]
    public async Task LoadAsync_ManyFiles_ResultOrderStable()
    {
        using var folder = new TempContentFolder();
        for (var i = 0; i < 300; i++)
        {
            folder.Write($"articles/{i % 7}/bai-{i:D3}.md", Article($"Bài {i}"));
        }

        var first = await LoadAsync(folder);
        var second = await LoadAsync(folder);

        Assert.Equal(300, first.Articles.Count);
        Assert.Equal(first.Articles.Select(a => a.RelativePath).Order(StringComparer.Ordinal), first.Articles.Select(a => a.RelativePath));
        Assert.Equal(first.Articles.Select(a => a.ContentHash), second.Articles.Select(a => a.ContentHash));
    }

    [Fact]
    public async Task LoadAsync_Cancelled_Throws()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/a.md", Article("A"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Loader().LoadAsync(folder.Root, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void DisplayPath_UnderCurrentDirectory_RelativeWithSlashes()
    {
        var current = Path.Combine(Path.GetTempPath(), "cwd");

        Assert.Equal("content/articles/a.md", DiagnosticPaths.Display(Path.Combine(current, "content", "articles", "a.md"), current));
        var outside = Path.Combine(Path.GetTempPath(), "khac", "a.md");
        Assert.Equal(outside, DiagnosticPaths.Display(outside, current));
    }
}
