using System.Text;
using CchcPublisher.Content.Categories;
using CchcPublisher.Plan;

namespace CchcPublisher.UnitTests.Plan;

/// <summary>Small plan texts and helpers shared by the plan tests.</summary>
internal static class PlanTestData
{
    public const string MinimalPlan =
        "title: Kế hoạch tuyên truyền CCHC năm 2026\n" +
        "commune: UBND xã Hòa An\n" +
        "period: Năm 2026\n";

    /// <summary>The repository root (where the solution file is), for the sample content.</summary>
    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CchcPublisher.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }

    public static (PlanDocument? Plan, IReadOnlyList<CchcPublisher.Content.Diagnostics.Diagnostic> Diagnostics) Read(string yaml, string relativePath = "plan/2026.yaml") =>
        PlanFileReader.Read(Encoding.UTF8.GetBytes(yaml), "content/" + relativePath, relativePath, CategoryTaxonomy.BuiltIn);

    /// <summary>The minimal plan plus <paramref name="yaml"/>, read without errors (the test fails with them otherwise).</summary>
    public static PlanDocument Valid(string yaml)
    {
        var (plan, diagnostics) = Read(MinimalPlan + yaml);
        Assert.True(plan is not null, string.Join("\n", diagnostics));
        return plan;
    }
}
