using CchcPublisher.Content;
using CchcPublisher.Content.Categories;
using CchcPublisher.Plan;
using CchcPublisher.Plan.Reports;

namespace CchcPublisher.UnitTests.Plan;

/// <summary>
/// The real plans in <c>Plan/Seeds/</c> (task tables encoded as written, see the comment at the top of each
/// file) validate without errors and produce a status and a report.
/// </summary>
public sealed class SeedPlanTests : IDisposable
{
    private readonly PlanLedger _ledger = new();

    public void Dispose() => _ledger.Dispose();

    public static TheoryData<string> Seeds() => [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Plan", "Seeds"), "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static PlanDocument Read(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Plan", "Seeds", file));
        var (plan, diagnostics) = PlanTestData.Read(text, "plan/" + file);
        Assert.True(plan is not null && !diagnostics.Any(d => d.IsError), string.Join("\n", diagnostics));
        Assert.DoesNotContain(diagnostics, d => !d.IsError);
        return plan;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Seed_ValidatesAndReports(string file)
    {
        var plan = Read(file);
        var asOf = plan.Period.End;
        var status = await _ledger.Progress().EvaluateAsync(plan, [], CategoryTaxonomy.BuiltIn, null, asOf, CancellationToken.None);
        var workspace = new PlanWorkspace(new ContentSnapshot([], [], CategoryTaxonomy.BuiltIn), new PlanContent([plan], [], []));
        var report = await new PlanReportBuilder(_ledger.Ledger, _ledger.Ledger, _ledger.Progress()).BuildAsync(workspace, plan, plan.Period, asOf, CancellationToken.None);

        Assert.Equal(plan.Tasks.Count, status.Tasks.Count);
        Assert.All(status.Tasks, t => Assert.True(t.Idle || !t.Started));
        var units = report.Sections.Single(s => s.Heading.StartsWith("4.", StringComparison.Ordinal)).Table!;
        Assert.All(plan.Tasks.Where(t => t.Lead is not null), t => Assert.Contains(units.Rows, r => r[1].Text == t.Lead && r[2].Text.Contains(t.Id, StringComparison.Ordinal)));
        Assert.Contains("Kinh phí:", MarkdownReportWriter.Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public void NinhGiang_TaskTable_AsWritten()
    {
        var plan = Read("ninh-giang-2025-h2.yaml");

        Assert.Equal(["NV01", "NV02", "NV03", "NV04", "NV05", "NV06", "NV08"], plan.Tasks.Select(t => t.Id));
        Assert.Equal(new DateRange(new DateOnly(2025, 7, 1), new DateOnly(2025, 12, 31)), plan.Period);
        Assert.Equal(new DateRange(new DateOnly(2025, 10, 1), new DateOnly(2025, 12, 31)), plan.FindTask("NV06")!.Time);
        Assert.Equal(["Trung tâm PVHCC xã", "Trung tâm Văn hóa, TT&TT xã"], plan.FindTask("NV02")!.Partners);
        Assert.Equal(["UBND xã", "Sở Nội vụ thành phố"], Assert.Single(plan.Details.Reporting).To);
    }

    [Fact]
    public void AllFiveSeedPlans_AreFixtures()
    {
        Assert.Equal(
            ["binh-minh-2022.yaml", "ninh-giang-2025-h2.yaml", "tao-xuyen-2023.yaml", "thuong-quan-2024.yaml", "yen-nguyen-2025-h2.yaml"],
            Seeds().Select(row => row.Data));
    }

    [Fact]
    public void ThuongQuan_DutiesPerUnit_YearLongAsWritten()
    {
        var plan = Read("thuong-quan-2024.yaml");

        Assert.Equal(10, plan.Tasks.Count);
        Assert.Equal(new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), plan.Period);
        var radio = plan.FindTask("NV09")!;
        Assert.Equal("Đài Truyền thanh xã", radio.Lead);
        Assert.Equal(["radio", "website"], radio.Forms);
        Assert.Equal("Thường xuyên trong năm 2024", radio.TimeText);
        Assert.Equal(plan.Period, radio.Time);
        Assert.Empty(plan.Targets); // the plan states no numbers; none are invented
        Assert.Equal(2, plan.Details.Reporting.Count);
    }

    [Fact]
    public void TaoXuyen_WardPlan_QualitativeGoalsKeptAsDuties()
    {
        var plan = Read("tao-xuyen-2023.yaml");

        Assert.Equal("UBND phường Tào Xuyên", plan.Commune);
        Assert.Equal(["NV01", "NV02", "NV03", "NV04", "NV05"], plan.Tasks.Select(t => t.Id));
        Assert.Contains("zalo", plan.FindTask("NV01")!.Forms);
        Assert.Equal(["Bộ phận Tư pháp", "Các ngành, đoàn thể"], plan.FindTask("NV01")!.Partners);
        Assert.Empty(plan.Targets);
    }

    [Fact]
    public void BinhMinh_TimeWordingKeptAsWrittenOverTheYear()
    {
        var plan = Read("binh-minh-2022.yaml");

        var weekly = plan.FindTask("NV01")!;
        Assert.Equal("Định kỳ hàng tuần hoặc tháng tùy điều kiện cụ thể", weekly.TimeText);
        Assert.True(weekly.Ongoing);
        Assert.Equal(plan.Period, plan.FindTask("NV06")!.Time);
        Assert.Equal(["tiep-am"], weekly.Forms.Skip(1));
    }

    [Fact]
    public async Task YenNguyen_SatisfactionIsAPercentageNotACount()
    {
        var plan = Read("yen-nguyen-2025-h2.yaml");
        var workspace = new PlanWorkspace(new ContentSnapshot([], [], CategoryTaxonomy.BuiltIn), new PlanContent([plan], [], []));

        var report = await new PlanReportBuilder(_ledger.Ledger, _ledger.Ledger, _ledger.Progress()).BuildAsync(workspace, plan, plan.Period, plan.Period.End, CancellationToken.None);

        var indicator = Assert.Single(plan.Details.Indicators);
        Assert.Equal(90m, indicator.AtLeastPercent);
        Assert.DoesNotContain(plan.Targets, t => t.AtLeast == 90);
        var row = Assert.Single(report.Sections.Single(s => s.Heading.StartsWith("7.", StringComparison.Ordinal)).Table!.Rows);
        Assert.Equal(["≥ 90%", "", "Chưa có số liệu đo"], new[] { row[2], row[3], row[5] }.Select(c => c.Text));
    }
}
