using CchcPublisher.Plan;
using CchcPublisher.Plan.Reports;

namespace CchcPublisher.UnitTests.Plan;

public sealed class UnitReportTests
{
    private static PlanActivity Activity(string unit, int? participants, int? copies) => new()
    {
        RelativePath = "activities/x.yaml",
        Date = new DateOnly(2026, 3, 1),
        Form = "to-roi",
        Description = "Phát tờ rơi",
        Unit = unit,
        Quantities = new ActivityQuantities(participants, copies, null, null),
    };

    [Fact]
    public void Section_LeadPartnersAndActivities_OneRowPerUnitWithTotals()
    {
        var (plan, diagnostics) = PlanTestData.Read(PlanTestData.MinimalPlan +
            "tasks:\n" +
            "  - id: NV01\n    name: Tuyên truyền\n    time: Thường xuyên\n    lead: Văn phòng HĐND và UBND\n    partners:\n      - Đoàn Thanh niên\n      - MTTQ xã\n" +
            "  - id: NV02\n    name: Tờ rơi\n    time: Thường xuyên\n    lead: Đoàn Thanh niên\n");
        Assert.True(plan is not null, string.Join("\n", diagnostics));

        var section = UnitReport.Section(plan, [Activity("đoàn thanh niên ", 30, 200), Activity("Đoàn Thanh niên", 15, null), Activity("", 5, null)], "Hoạt động",
            ["Đoàn Thanh niên", "MTTQ xã ", null, "Hội Nông dân"]);

        var rows = section.Table!.Rows.Select(r => r.Select(c => c.Text).ToList()).ToList();
        Assert.Equal(["1", "Văn phòng HĐND và UBND", "NV01", "", "0", "0", "", "", "", ""], rows[0]);
        Assert.Equal(["2", "Đoàn Thanh niên", "NV02", "NV01", "1", "2", "45", "200", "", ""], rows[1]);
        Assert.Equal(["3", "MTTQ xã", "", "NV01", "1", "0", "", "", "", ""], rows[2]);
        Assert.Equal(["4", "Hội Nông dân", "", "", "1", "0", "", "", "", ""], rows[3]);
        Assert.Equal(["", "Chưa ghi đơn vị thực hiện", "", "", "1", "1", "5", "", "", ""], rows[4]);
    }

    [Fact]
    public void Describe_SomeQuantities_VietnameseList()
    {
        Assert.Equal("Lượt người tham dự: 45; Pano, băng rôn (cái): 3", UnitReport.Describe(new ActivityQuantities(45, null, 3, null)));
        Assert.Equal(string.Empty, UnitReport.Describe(ActivityQuantities.None));
    }
}
