using CchcPublisher.Content;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using static CchcPublisher.UnitTests.Content.ContentTestFactory;

namespace CchcPublisher.UnitTests.Content;

/// <summary>The sample <c>content/</c> folder at the repository root is what a fresh clone publishes: it must stay valid.</summary>
public sealed class SampleContentTests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(7));

    private static string ContentRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CchcPublisher.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        throw new InvalidOperationException("Repository root (CchcPublisher.sln) not found above " + AppContext.BaseDirectory);
    }

    private static Task<ContentSnapshot> LoadAsync() => Loader().LoadAsync(ContentRoot(), TestContext.Current.CancellationToken);

    [Fact]
    public async Task SampleContent_Validates_WithoutErrorsOrWarnings()
    {
        var snapshot = await LoadAsync();

        Assert.True(snapshot.Diagnostics.Count == 0, string.Join(Environment.NewLine, snapshot.Diagnostics));
        Assert.True(snapshot.Articles.Count >= 12, $"{snapshot.Articles.Count} articles");
    }

    [Fact]
    public async Task SampleContent_CoversEveryReformArea()
    {
        var snapshot = await LoadAsync();

        var used = snapshot.Articles.SelectMany(a => a.Categories).ToHashSet();
        Assert.All(CategoryTaxonomy.BuiltIn.All.Where(c => c.ReformArea), c => Assert.Contains(c.Key, used));
    }

    [Fact]
    public async Task SampleContent_HasEveryKindOfArticle()
    {
        var articles = (await LoadAsync()).Articles;

        Assert.Single(articles, a => a.Status == ArticleStatus.Draft);
        Assert.True(articles.Count(a => a.PublishAt < Today) >= 3, "past dated articles");
        Assert.True(articles.Count(a => a.PublishAt > Today) >= 3, "future dated articles");
        Assert.True(articles.Count(a => a.PublishAt is null && a.Status == ArticleStatus.Ready) >= 4, "queued articles");
        Assert.Contains(articles, a => a.CoverPath is not null);
        Assert.True(articles.Count(a => a.PlanTask is not null) >= 5, "articles with plan_task");
        Assert.True(articles.Select(a => string.Join(',', a.Channels)).Distinct().Count() >= 4, "channel combinations");
        Assert.Contains(articles, a => !a.ChannelsExplicit);
        Assert.Contains(articles, a => a.Body.Contains("|---", StringComparison.Ordinal));
        Assert.Contains(articles, a => a.Body.Contains("](https://", StringComparison.Ordinal));
    }

    [Fact]
    public void SampleCover_IsSmallPng()
    {
        var cover = Directory.GetFiles(Path.Combine(ContentRoot(), "articles"), "*.png", SearchOption.AllDirectories).Single();
        var bytes = File.ReadAllBytes(cover);

        Assert.True(bytes.Length < 50 * 1024);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], bytes[..4]);
    }

    [Fact]
    public void Guide_ListsEveryBuiltInCategory()
    {
        var guide = File.ReadAllText(Path.Combine(ContentRoot(), "HUONG-DAN.md"));

        Assert.All(CategoryTaxonomy.BuiltIn.All, c => Assert.Contains($"| `{c.Key}` | {c.Label} |", guide, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SampleContent_EveryRadioScript_HasNoDigitsOrRawAbbreviations()
    {
        var snapshot = await LoadAsync();
        var builder = new CchcPublisher.Speech.Scripts.ScriptBuilder(CchcPublisher.Speech.SpeechNormalizer.Default);

        foreach (var article in snapshot.Articles)
        {
            var text = builder.Build(article.Title, article.Body).ToPlainText();

            Assert.False(System.Text.RegularExpressions.Regex.IsMatch(text, "[0-9]"), $"{article.RelativePath}: {text}");
            Assert.False(System.Text.RegularExpressions.Regex.IsMatch(text, @"\b(UBND|HĐND|TTHC|CCHC|DVC|VNeID)\b"), $"{article.RelativePath}: {text}");
        }
    }
}
