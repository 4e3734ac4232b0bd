using CchcPublisher.Content.Categories;
using CchcPublisher.Plan;

namespace CchcPublisher.Benchmarks.Ledger;

/// <summary>The repository's sample plan (<c>content/plan/2026-6-thang-cuoi.yaml</c>), found from the current folder up.</summary>
internal static class SamplePlan
{
    private const string RelativePath = "plan/2026-6-thang-cuoi.yaml";

    /// <summary>The day <c>plan status</c> is evaluated at: inside the plan and after the seeded ledger's last row.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 23);

    public static PlanDocument Load()
    {
        var path = Find();
        var (plan, diagnostics) = PlanFileReader.Read(File.ReadAllBytes(path), path, RelativePath, CategoryTaxonomy.BuiltIn);
        return plan ?? throw new InvalidOperationException("Sample plan is invalid: " + string.Join("; ", diagnostics));
    }

    private static string Find()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "content", RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"content/{RelativePath} not found above {Directory.GetCurrentDirectory()}; run from the repository.");
    }
}
