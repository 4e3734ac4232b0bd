using System.Text;
using CchcPublisher.Content;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Hosting;
using CchcPublisher.Plan;
using CchcPublisher.UnitTests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CchcPublisher.UnitTests.Plan;

public sealed class PlanLoaderTests : IDisposable
{
    private const string Plan =
        PlanTestData.MinimalPlan +
        "tasks:\n" +
        "  - { id: NV01, name: Tuyên truyền chủ trương, time: Thường xuyên }\n" +
        "  - { id: NV02, name: Thủ tục hành chính, time: Quý IV }\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_folder.Path, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private Task<PlanContent> LoadAsync(IReadOnlyList<Article>? articles = null)
    {
        var loader = new PlanLoader(Options.Create(new PathOptions { Content = _folder.Path }), NullLogger<PlanLoader>.Instance);
        return loader.LoadAsync(new ContentSnapshot(articles ?? [], [], CategoryTaxonomy.BuiltIn), null, CancellationToken.None);
    }

    [Fact]
    public async Task Load_NoPlanOrActivityFolders_IsEmptyWithoutDiagnostics()
    {
        var content = await LoadAsync();

        Assert.Empty(content.Plans);
        Assert.Empty(content.Activities);
        Assert.Empty(content.Diagnostics);
    }

    [Fact]
    public async Task Load_FormsFile_PlanAndActivityMayUseItsFormsAndReportsUseItsLabels()
    {
        Write("forms.yaml", "forms:\n  - { key: chieu-phim, label: Chiếu phim lưu động }\n  - { key: hop-thon, label: Họp thôn (đã đổi tên) }\n");
        Write("plan/2026.yaml", PlanTestData.MinimalPlan + "tasks:\n  - { id: NV01, name: Chiếu phim, forms: [chieu-phim], time: Thường xuyên }\n");
        Write("activities/phim.yaml", "date: 2026-03-02\nform: chieu-phim\ntask: NV01\ndescription: Chiếu phim tại thôn Đông\n");
        Write("activities/sai.yaml", "date: 2026-03-02\nform: chieu-phm\ndescription: Gõ sai\n");

        var content = await LoadAsync();

        var error = Assert.Single(content.Diagnostics);
        Assert.EndsWith("sai.yaml", error.Path, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
        Assert.Contains("\"chieu-phim\" (Chiếu phim lưu động)", error.Message, StringComparison.Ordinal);
        Assert.Equal(["chieu-phim"], Assert.Single(content.Plans).Tasks[0].Forms);
        Assert.Equal("Họp thôn (đã đổi tên)", content.Plans[0].Forms.Label("hop-thon"));
        Assert.Equal("chieu-phim", Assert.Single(content.Activities).Form);
        Assert.Same(content.Forms, content.Plans[0].Forms);
    }

    [Fact]
    public async Task Load_FormsFileWithAnError_DiagnosticWithItsLine()
    {
        Write("forms.yaml", "forms:\n  - { key: chieu-phim }\n");

        var content = await LoadAsync();

        var error = Assert.Single(content.Diagnostics);
        Assert.EndsWith("forms.yaml", error.Path, StringComparison.Ordinal);
        Assert.Equal((2, DiagnosticCodes.FormsFileInvalid), (error.Line, error.Code));
    }

    [Fact]
    public async Task Load_SampleContent_HasNoDiagnostics()
    {
        var sample = Path.Combine(PlanTestData.RepositoryRoot(), "content");
        var loader = new PlanLoader(Options.Create(new PathOptions { Content = sample }), NullLogger<PlanLoader>.Instance);

        var content = await loader.LoadAsync(new ContentSnapshot([], [], CategoryTaxonomy.BuiltIn), null, CancellationToken.None);

        Assert.Empty(content.Diagnostics);
        Assert.Single(content.Plans);
        Assert.True(content.Activities.Count >= 5);
        Assert.Contains(content.Activities, a => a.AttachmentPath is not null && File.Exists(a.AttachmentPath));
    }

    [Fact]
    public async Task Load_SampleContentWithItsArticles_ArticlesNameOnlyPlannedTasks()
    {
        var sample = Path.Combine(PlanTestData.RepositoryRoot(), "content");
        var paths = Options.Create(new PathOptions { Content = sample });
        var parser = new ArticleParser(Options.Create(new ContentOptions()), Options.Create(new CommuneOptions()));
        var snapshot = await new ContentLoader(parser, paths, NullLogger<ContentLoader>.Instance).LoadAsync(null, TestContext.Current.CancellationToken);

        var content = await new PlanLoader(paths, NullLogger<PlanLoader>.Instance).LoadAsync(snapshot, null, TestContext.Current.CancellationToken);

        Assert.Empty(content.Diagnostics);
        var tasks = content.Plans.SelectMany(p => p.Tasks).Select(t => t.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.All(snapshot.Articles.Where(a => a.PlanTask is not null), a => Assert.Contains(a.PlanTask!, tasks));
    }

    [Fact]
    public async Task Load_ValidActivity_IsRead()
    {
        Write("plan/2026.yaml", Plan);
        Write("activities/tep/bien-ban.pdf", "pdf");
        Write("activities/2026/hop-thon.yaml",
            "date: 12/3/2026\nform: hop-thon\ntask: nv01\ncategories: [thu-tuc-hanh-chinh]\ndescription: Họp thôn Đông\nattachment: ../tep/bien-ban.pdf\n");

        var content = await LoadAsync();

        Assert.Empty(content.Diagnostics);
        var activity = Assert.Single(content.Activities);
        Assert.Equal(new DateOnly(2026, 3, 12), activity.Date);
        Assert.Equal("hop-thon", activity.Form);
        Assert.Equal("activities/2026/hop-thon.yaml", activity.RelativePath);
        Assert.Equal(Path.Combine(_folder.Path, "activities", "tep", "bien-ban.pdf"), activity.AttachmentPath);
    }

    [Fact]
    public async Task Load_ActivityWithMissingAttachment_ErrorAtValue()
    {
        Write("plan/2026.yaml", Plan);
        var path = Write("activities/a.yaml", "date: 2026-03-12\nform: hop-thon\ndescription: Họp thôn\nattachment: bien-ban.pdf\n");

        var content = await LoadAsync();

        Assert.Empty(content.Activities);
        var error = Assert.Single(content.Diagnostics);
        Assert.Equal(DiagnosticCodes.ActivityAttachmentNotFound, error.Code);
        Assert.Equal((4, 13), (error.Line, error.Column));
        Assert.EndsWith("a.yaml", error.Path, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(Path.GetDirectoryName(path)!, "bien-ban.pdf"), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date: 2026-02-30\nform: hop-thon\ndescription: x\n", DiagnosticCodes.PlanImpossiblePeriod, 1, 7)]
    [InlineData("date: Quý I/2026\nform: hop-thon\ndescription: x\n", DiagnosticCodes.PlanInvalidPeriod, 1, 7)]
    [InlineData("date: 2026-03-01\nform: hop-thôn\ndescription: x\n", DiagnosticCodes.PlanUnknownForm, 2, 7)]
    [InlineData("date: 2026-03-01\nform: radio-program\ndescription: x\n", DiagnosticCodes.ActivityFormIsChannel, 2, 7)]
    [InlineData("date: 2026-03-01\nform: hop-thon\n", DiagnosticCodes.PlanMissingField, 1, 1)]
    [InlineData("date: 2026-03-01\nform: hop-thon\ndescription: x\ncategories: [cai-cach]\n", DiagnosticCodes.UnknownCategory, 4, 14)]
    [InlineData("date: 2026-03-01\nform: hop-thon\ndescription: x\ntask: NV09\n", DiagnosticCodes.PlanUnknownTask, 4, 7)]
    [InlineData("- date: 2026-03-01\n", DiagnosticCodes.PlanStructure, 1, 1)]
    public async Task Load_InvalidActivity_ErrorWithLineAndColumn(string yaml, string code, int line, int column)
    {
        Write("plan/2026.yaml", Plan);
        Write("activities/a.yaml", yaml);

        var content = await LoadAsync();

        Assert.Empty(content.Activities);
        var error = Assert.Single(content.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public async Task Load_ActivityOutsideEveryPlan_WarnsButKeepsIt()
    {
        Write("plan/2026.yaml", Plan);
        Write("activities/a.yaml", "date: 2025-12-20\nform: hoi-nghi\ndescription: Hội nghị tổng kết\n");

        var content = await LoadAsync();

        Assert.Single(content.Activities);
        var warning = Assert.Single(content.Diagnostics);
        Assert.Equal(DiagnosticCodes.ActivityOutsidePlans, warning.Code);
        Assert.False(warning.IsError);
    }

    [Fact]
    public async Task Load_TwoPlansWithOneId_SecondIsAnError()
    {
        Write("plan/a.yaml", "id: nam-2026\n" + Plan);
        Write("plan/b.yaml", "id: NAM-2026\n" + Plan);

        var content = await LoadAsync();

        Assert.Single(content.Plans);
        var error = Assert.Single(content.Diagnostics);
        Assert.Equal(DiagnosticCodes.PlanDuplicateId, error.Code);
        Assert.EndsWith("b.yaml", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_ArticleWithUnknownPlanTask_WarnsAtTheValue()
    {
        Write("plan/2026.yaml", Plan);
        var source = Write("articles/a.md", "---\ntitle: Bài\ncategories: [the-che]\nplan_task:  NV9\n---\nNội dung\n");
        var article = TestArticles.Create("a") with { SourcePath = source, PlanTask = "NV9" };
        var tagged = TestArticles.Create("b") with { SourcePath = source, PlanTask = "nv02" };

        var content = await LoadAsync([article, tagged]);

        var warning = Assert.Single(content.Diagnostics);
        Assert.Equal(DiagnosticCodes.PlanUnknownTask, warning.Code);
        Assert.False(warning.IsError);
        Assert.Equal((4, 13), (warning.Line, warning.Column));
        Assert.Contains("NV01, NV02", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Current_DayInsideTwoPlans_PrefersTheShorter()
    {
        static PlanDocument P(string id, DateRange period) => new()
        {
            Id = id, RelativePath = $"plan/{id}.yaml", Title = id, Commune = "x", Period = period, PeriodText = id,
        };
        var content = new PlanContent([P("nam", PlanCalendar.Year(2026)), P("h2", PlanCalendar.Half(2026, 2))], [], []);

        Assert.Equal("h2", content.Current(new DateOnly(2026, 8, 1))!.Id);
        Assert.Equal("nam", content.Current(new DateOnly(2026, 3, 1))!.Id);
        Assert.Equal("h2", content.Current(new DateOnly(2027, 3, 1))!.Id);
        Assert.Equal("nam", content.Current(new DateOnly(2020, 3, 1))!.Id);
    }
}
