using System.Text;
using CchcPublisher.Content.Categories;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Plan;
using CchcPublisher.Speech.Lexicon;

namespace CchcPublisher.UnitTests.Content;

/// <summary>
/// Inputs that used to escape a reader as an exception (YamlDotNet's scanner throws InvalidOperationException on an
/// unclosed "[" or "{" followed by another key; Markdig throws ArgumentException past its nesting limit). Each must
/// become one Vietnamese diagnostic at the right line, with no English exception text.
/// </summary>
public sealed class ReaderRobustnessTests
{
    public static TheoryData<string> UnclosedBrackets => ["[Lỗi cú pháp", "{Lỗi cú pháp", "[a, {b"];

    [Theory]
    [MemberData(nameof(UnclosedBrackets))]
    public void Article_UnclosedBracket_IsErrorAtItsLine(string value)
    {
        var result = ContentTestFactory.Parse($"---\ntitle: {value}\ncategories: [thu-tuc-hanh-chinh]\n---\nNội dung.\n");

        Assert.Null(result.Article);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.YamlSyntax, 2, 8), (error.Code, error.Line, error.Column));
        AssertVietnameseOnly(error.Message);
    }

    [Fact]
    public void Categories_UnclosedBracket_IsErrorAtItsLine()
    {
        var result = CategoryFileReader.Read(Utf8("categories:\n  - key: [moi\n    label: Mới\n"), "content/categories.yaml", CategoryTaxonomy.BuiltIn);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.YamlSyntax, 2), (error.Code, error.Line));
        Assert.Same(CategoryTaxonomy.BuiltIn, result.Taxonomy);
    }

    [Fact]
    public void Plan_UnclosedBracket_IsErrorAtItsLine()
    {
        var (plan, diagnostics) = PlanFileReader.Read(Utf8("title: Kế hoạch\nperiod: {2026\nowner: UBND\n"), "content/plan/a.yaml", "plan/a.yaml", CategoryTaxonomy.BuiltIn);

        Assert.Null(plan);
        Assert.Contains(diagnostics, d => d.IsError && d.Code == DiagnosticCodes.YamlSyntax && d.Line == 2);
    }

    [Fact]
    public void Activity_UnclosedBracket_IsErrorAtItsLine()
    {
        var (activity, diagnostics, _) = ActivityFileReader.Read(Utf8("date: 2026-12-01\ntitle: [Họp thôn\nform: hop-thon\n"), "/tmp/a.yaml", "content/activities/a.yaml", "activities/a.yaml", CategoryTaxonomy.BuiltIn);

        Assert.Null(activity);
        Assert.Contains(diagnostics, d => d.IsError && d.Code == DiagnosticCodes.YamlSyntax && d.Line == 2);
    }

    [Fact]
    public void Abbreviations_UnclosedBracket_IsErrorAtItsLine()
    {
        var (lexicon, diagnostics) = SpeechLexiconLoader.Parse("abbreviations:\n  UBND: [Ủy ban\n  HĐND: Hội đồng nhân dân\n", "content/radio/abbreviations.yaml");

        var error = Assert.Single(diagnostics);
        Assert.Equal(2, error.Line);
        AssertVietnameseOnly(error.Message);
        Assert.NotNull(lexicon);
    }

    [Theory]
    [InlineData(">")]
    [InlineData("- ")]
    public void Article_NestedBeyondMarkdigLimit_IsErrorOnTheBodyLine(string marker)
    {
        var nested = marker == ">"
            ? new string('>', 300) + " sâu quá"
            : string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', i * 2) + "- mục\n"));
        var result = ContentTestFactory.Parse(ContentTestFactory.ValidFrontMatter + nested + "\n");

        Assert.Null(result.Article);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.BodyUnrenderable, 5), (error.Code, error.Line));
    }

    [Fact]
    public async Task ContentLoader_OneBrokenFile_OthersStillLoad()
    {
        using var folder = new TempContentFolder();
        folder.Write("articles/hong.md", "---\ntitle: [Lỗi cú pháp\ncategories: [thu-tuc-hanh-chinh]\n---\nNội dung.\n");
        folder.Write("articles/tot.md", ContentTestFactory.ValidFrontMatter + "Nội dung.\n");

        var snapshot = await ContentTestFactory.Loader().LoadAsync(folder.Root, CancellationToken.None);

        Assert.Single(snapshot.Articles);
        Assert.Contains(snapshot.Diagnostics, d => d.IsError && d.Path.EndsWith("hong.md", StringComparison.Ordinal));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static void AssertVietnameseOnly(string message)
    {
        foreach (var english in new[] { "Exception", "Operation is not valid", "While scanning", "Expected", "did not find" })
        {
            Assert.DoesNotContain(english, message, StringComparison.Ordinal);
        }
    }
}
