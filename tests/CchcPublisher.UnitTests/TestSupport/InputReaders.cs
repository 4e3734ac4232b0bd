using System.Text;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Plan;
using CchcPublisher.Speech.Lexicon;
using CchcPublisher.UnitTests.Content;

namespace CchcPublisher.UnitTests.TestSupport;

/// <summary>Every reader of a content file, called the way the product calls it, returning its diagnostics.</summary>
internal static class InputReaders
{
    public static readonly string[] Names = ["article", "categories", "plan", "activity", "abbreviations"];

    public static IReadOnlyList<Diagnostic> Read(string reader, byte[] bytes) => reader switch
    {
        "article" => ContentTestFactory.ParseBytes(bytes).Diagnostics,
        "categories" => CategoryFileReader.Read(bytes, "content/categories.yaml", CategoryTaxonomy.BuiltIn).Diagnostics,
        "plan" => PlanFileReader.Read(bytes, "content/plan/ke-hoach.yaml", "plan/ke-hoach.yaml", CategoryTaxonomy.BuiltIn).Diagnostics,
        "activity" => ActivityFileReader.Read(bytes, Path.Combine(Path.GetTempPath(), "activities", "hoat-dong.yaml"),
            "content/activities/hoat-dong.yaml", "activities/hoat-dong.yaml", CategoryTaxonomy.BuiltIn).Diagnostics,
        "abbreviations" => SpeechLexiconLoader.Parse(Encoding.UTF8.GetString(bytes), "content/radio/abbreviations.yaml").Diagnostics,
        _ => throw new ArgumentOutOfRangeException(nameof(reader), reader, null),
    };

    /// <summary>Text wrapped as the reader expects it: articles get a front matter around a YAML fragment.</summary>
    public static byte[] YamlInput(string reader, string yaml) => Encoding.UTF8.GetBytes(
        reader == "article" ? $"---\n{yaml}\n---\nNội dung.\n" : yaml);
}
