using System.Text;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Content.Import;
using CchcPublisher.Hosting;
using CchcPublisher.Plan;
using CchcPublisher.Speech.Lexicon;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Fuzz;

/// <summary>Every reader of what an official writes: articles, categories, plan, activities, abbreviations,
/// settings files, Word documents.</summary>
public static class FuzzTargets
{
    /// <summary>The targets, seeded from the sample content under <paramref name="repositoryRoot"/>.</summary>
    public static IReadOnlyList<FuzzTarget> All(string repositoryRoot)
    {
        var content = Path.Combine(repositoryRoot, "content");
        var parser = new ArticleParser(Options.Create(new Content.ContentOptions()), Options.Create(new CommuneOptions { TimeZone = "Asia/Ho_Chi_Minh" }));
        return
        [
            new("article", Seeds(Path.Combine(content, "articles"), "*.md"), bytes =>
                Messages(parser.Parse(new ArticleSource(Path.Combine(content, "articles", "fuzz.md"), "articles/fuzz.md", "articles/fuzz.md", bytes), CategoryTaxonomy.BuiltIn).Diagnostics)),
            new("categories", [Encoding.UTF8.GetBytes("categories:\n  - key: ve-sinh-moi-truong\n    label: Vệ sinh môi trường\n    hashtag: VeSinh\n  - key: the-che\n    label: Thể chế\n")], bytes =>
                Messages(CategoryFileReader.Read(bytes, "categories.yaml", CategoryTaxonomy.BuiltIn).Diagnostics)),
            new("plan", Seeds(Path.Combine(content, "plan"), "*.yaml"), bytes =>
                Messages(PlanFileReader.Read(bytes, "plan/fuzz.yaml", "plan/fuzz.yaml", CategoryTaxonomy.BuiltIn).Diagnostics)),
            new("activity", Seeds(Path.Combine(content, "activities"), "*.yaml"), bytes =>
                Messages(ActivityFileReader.Read(bytes, Path.Combine(content, "activities", "fuzz.yaml"), "activities/fuzz.yaml", "activities/fuzz.yaml", CategoryTaxonomy.BuiltIn).Diagnostics)),
            new("abbreviations", [Encoding.UTF8.GetBytes("abbreviations:\n  HTX: hợp tác xã\n  TDP: tổ dân phố\nissuers:\n  UBND: Ủy ban nhân dân\n")], bytes =>
                Messages(SpeechLexiconLoader.Parse(Encoding.UTF8.GetString(bytes), "radio/abbreviations.yaml").Diagnostics)),
            new("settings", [File.ReadAllBytes(Path.Combine(repositoryRoot, "appsettings.example.json"))], ReadSettings),
        ];
    }

    private static IEnumerable<string> Messages(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => d.Message);

    /// <summary>A settings file either loads or fails in a way the command line says in Vietnamese.</summary>
    private static IEnumerable<string> ReadSettings(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            new ConfigurationBuilder().AddJsonStream(stream).Build();
            return [];
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or System.Text.Json.JsonException)
        {
            // Files are named by path: the stream has none, so wrap it the way the file provider does.
            var described = Cli.SettingsErrors.Describe(new InvalidDataException("Failed to load configuration from file 'appsettings.json'.", ex));
            return described is null ? throw new InvalidOperationException("a settings failure has no Vietnamese description", ex) : [described];
        }
    }

    private static List<byte[]> Seeds(string folder, string pattern) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)]
            : [];
}
