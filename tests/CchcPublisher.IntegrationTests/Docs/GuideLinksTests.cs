using System.Text.RegularExpressions;

namespace CchcPublisher.IntegrationTests.Docs;

/// <summary>The users' guide and the README link only to files that exist (a renamed page breaks no link).</summary>
public sealed partial class GuideLinksTests
{
    [Fact]
    public void RelativeLinks_PointToExistingFiles()
    {
        var root = ReadmeExamplesTests.RepositoryRoot();
        var pages = Directory.GetFiles(Path.Combine(root, "docs", "huong-dan"), "*.md").Append(Path.Combine(root, "README.md")).ToList();
        var broken = new List<string>();
        foreach (var page in pages)
        {
            var text = File.ReadAllText(page);
            foreach (Match link in MarkdownLink().Matches(text))
            {
                var target = link.Groups["target"].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith('#') || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(target.Split('#')[0])));
                if (!File.Exists(file) && !Directory.Exists(file))
                {
                    broken.Add($"{Path.GetRelativePath(root, page)}: {target}");
                }
            }
        }

        Assert.Empty(broken);
        Assert.True(pages.Count >= 10, "the guide has an index and nine pages");
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
