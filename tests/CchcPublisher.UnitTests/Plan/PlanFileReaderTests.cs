using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Plan;

namespace CchcPublisher.UnitTests.Plan;

public sealed class PlanFileReaderTests
{
    [Fact]
    public void Read_SamplePlan_HasTasksNv01ToNv08AndTargets()
    {
        var path = Path.Combine(PlanTestData.RepositoryRoot(), "content", "plan", "2026-6-thang-cuoi.yaml");

        var (plan, diagnostics) = PlanFileReader.Read(File.ReadAllBytes(path), path, "plan/2026-6-thang-cuoi.yaml", CategoryTaxonomy.BuiltIn);

        Assert.Empty(diagnostics);
        Assert.NotNull(plan);
        Assert.Equal("2026-6-thang-cuoi", plan.Id);
        Assert.Equal(PlanCalendar.Half(2026, 2), plan.Period);
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"NV0{i}"), plan.Tasks.Select(t => t.Id));
        Assert.Equal(4, plan.LegalBasis.Count);
        var nv06 = plan.FindTask("nv06")!;
        Assert.Equal(PlanCalendar.Quarter(2026, 4), nv06.Time);
        Assert.False(nv06.Ongoing);
        Assert.Equal(PlanCalendar.Half(2026, 2), plan.FindTask("NV04")!.Time);
        Assert.True(plan.FindTask("NV01")!.Ongoing);
        Assert.Equal(plan.Period, plan.FindTask("NV01")!.Time);
        Assert.Equal(["Các cơ quan, đơn vị"], plan.FindTask("NV01")!.Partners);
        Assert.Equal(["Công an xã", "Tổ công nghệ số cộng đồng"], plan.FindTask("NV05")!.Partners);
        // Six reform areas expand from "category: reform-areas".
        Assert.Equal(6, plan.Targets.Count(t => t.Kind == PlanTargetKind.Category));
        Assert.Contains(plan.Targets, t => t is { Kind: PlanTargetKind.Form, Form: "radio", AtLeast: 1, Per: PeriodUnit.Week });
        Assert.Contains(plan.Targets, t => t is { Kind: PlanTargetKind.Task, TaskId: "NV07", Form: "khao-sat", Per: PeriodUnit.Whole }
                                            && t.Window == PlanCalendar.Quarter(2026, 4));
    }

    [Fact]
    public void Read_MissingTitleCommunePeriod_ReportsEachAtTheMapping()
    {
        var (plan, diagnostics) = PlanTestData.Read("number: 1/KH\n");

        Assert.Null(plan);
        Assert.Equal(3, diagnostics.Count(d => d.Code == DiagnosticCodes.PlanMissingField));
        Assert.All(diagnostics.Where(d => d.IsError), d => Assert.Equal((1, 1), (d.Line, d.Column)));
    }

    [Fact]
    public void Read_TaskWithoutTime_ReportsTaskLine()
    {
        var yaml = PlanTestData.MinimalPlan +
                   "tasks:\n" +
                   "  - id: NV01\n" +
                   "    name: Tuyên truyền\n";

        var (plan, diagnostics) = PlanTestData.Read(yaml);

        Assert.Null(plan);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.PlanMissingField, error.Code);
        Assert.Equal((5, 5), (error.Line, error.Column));
        Assert.Contains("NV01", error.Message, StringComparison.Ordinal);
        Assert.Contains("thời gian", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("content/plan/2026.yaml:5:5: error CCHC301:", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Quý V", DiagnosticCodes.PlanImpossiblePeriod, "không có quý V")]
    [InlineData("Quý IV năm 2024", DiagnosticCodes.PlanImpossiblePeriod, "nằm ngoài kỳ kế hoạch")]
    [InlineData("từ 30/02/2026 đến 31/3/2026", DiagnosticCodes.PlanImpossiblePeriod, "không có ngày 30")]
    [InlineData("khi nào xong", DiagnosticCodes.PlanInvalidPeriod, "Không hiểu thời gian")]
    public void Read_BadTaskTime_ReportsAtTheValue(string time, string code, string message)
    {
        var yaml = PlanTestData.MinimalPlan +
                   "tasks:\n" +
                   "  - id: NV01\n" +
                   "    name: Tuyên truyền\n" +
                   $"    time: {time}\n";

        var (_, diagnostics) = PlanTestData.Read(yaml);

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.Equal((7, 11), (error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ImpossiblePlanPeriod_Reported()
    {
        var (_, diagnostics) = PlanTestData.Read("title: KH\ncommune: UBND xã\nperiod: 6 tháng giữa năm 2026\n");

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.PlanInvalidPeriod, error.Code);
        Assert.Equal((3, 9), (error.Line, error.Column));
    }

    [Fact]
    public void Read_OngoingPlanPeriod_IsAnError()
    {
        var (_, diagnostics) = PlanTestData.Read("title: KH\ncommune: UBND xã\nperiod: Thường xuyên\n");

        Assert.Contains(diagnostics, d => d is { Code: DiagnosticCodes.PlanInvalidPeriod, Line: 3 });
    }

    [Fact]
    public void Read_UnknownCategoryAndForm_SuggestNearest()
    {
        var yaml = PlanTestData.MinimalPlan +
                   "tasks:\n" +
                   "  - id: NV01\n" +
                   "    name: Tuyên truyền\n" +
                   "    forms: [webiste, hop-thon]\n" +
                   "    categories: [thu-tuc-hanh-chin]\n" +
                   "    time: Thường xuyên\n";

        var (plan, diagnostics) = PlanTestData.Read(yaml);

        Assert.Null(plan);
        var form = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.PlanUnknownForm);
        Assert.Equal((7, 13), (form.Line, form.Column));
        Assert.Contains("\"website\"", form.Message, StringComparison.Ordinal);
        var category = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnknownCategory);
        Assert.Equal((8, 18), (category.Line, category.Column));
        Assert.Contains("thu-tuc-hanh-chinh", category.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateTaskId_ReportsSecondWithFirstLine()
    {
        var yaml = PlanTestData.MinimalPlan +
                   "tasks:\n" +
                   "  - { id: NV01, name: A, time: Thường xuyên }\n" +
                   "  - { id: nv01, name: B, time: Thường xuyên }\n";

        var (_, diagnostics) = PlanTestData.Read(yaml);

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.PlanTaskIdInvalid, error.Code);
        Assert.Equal(6, error.Line);
        Assert.Contains("dòng 5", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ form: website, at_least: 0, per: week }", "số nguyên dương")]
    [InlineData("{ form: website, at_least: hai, per: week }", "số nguyên dương")]
    [InlineData("{ form: website, at_least: 1, per: fortnight }", "per: fortnight")]
    [InlineData("{ form: website, at_least: 1 }", "thiếu \"per\"")]
    [InlineData("{ at_least: 1, per: week }", "đúng một thứ")]
    [InlineData("{ form: website, category: the-che, at_least: 1, per: week }", "đúng một thứ")]
    public void Read_InvalidTarget_Reported(string target, string message)
    {
        var yaml = PlanTestData.MinimalPlan + "targets:\n  - " + target + "\n";

        var (plan, diagnostics) = PlanTestData.Read(yaml);

        Assert.Null(plan);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.PlanTargetInvalid, error.Code);
        Assert.Equal(5, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TargetKinds_BuildsFormCategoryAndTaskTargetsWithWindows()
    {
        var yaml = PlanTestData.MinimalPlan +
                   "targets:\n" +
                   "  - { form: hop-thon, at_least: 1, per: quarter }\n" +
                   "  - { category: [the-che, cong-vu], at_least: 1, per: half }\n" +
                   "tasks:\n" +
                   "  - id: NV03\n" +
                   "    name: Bộ máy\n" +
                   "    time: Quý III, quý IV\n" +
                   "    targets:\n" +
                   "      - { at_least: 2, per: month, form: zalo }\n";

        var (plan, diagnostics) = PlanTestData.Read(yaml);

        Assert.Empty(diagnostics);
        Assert.NotNull(plan);
        Assert.Collection(plan.Targets,
            t => Assert.Equal((PlanTargetKind.Form, "hop-thon", PeriodUnit.Quarter), (t.Kind, t.Form, t.Per)),
            t => Assert.Equal((PlanTargetKind.Category, "the-che"), (t.Kind, t.Category)),
            t => Assert.Equal((PlanTargetKind.Category, "cong-vu"), (t.Kind, t.Category)),
            t =>
            {
                Assert.Equal((PlanTargetKind.Task, "NV03", "zalo", 2), (t.Kind, t.TaskId, t.Form, t.AtLeast));
                Assert.Equal(PlanCalendar.Half(2026, 2), t.Window);
            });
    }

    [Fact]
    public void Read_UnknownKey_WarnsAndStillReads()
    {
        var (plan, diagnostics) = PlanTestData.Read(PlanTestData.MinimalPlan + "tittle: x\n");

        Assert.NotNull(plan);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownKey, warning.Code);
        Assert.False(warning.IsError);
    }

    [Fact]
    public void Read_YamlSyntaxError_ReportsPosition()
    {
        var (plan, diagnostics) = PlanTestData.Read("title: KH\ncommune: \"UBND\n");

        Assert.Null(plan);
        Assert.Equal(DiagnosticCodes.YamlSyntax, Assert.Single(diagnostics).Code);
    }
}
