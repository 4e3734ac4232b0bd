using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Diagnostics;
using static CchcPublisher.UnitTests.Content.ContentTestFactory;

namespace CchcPublisher.UnitTests.Content;

public sealed class ArticleParserErrorTests
{
    private static Diagnostic SingleError(ArticleParseResult result, string code, string path = "articles/2026/bai-viet.md")
    {
        Assert.Null(result.Article);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.Path);
        return error;
    }

    [Fact]
    public void Parse_MissingTitle_ReportsError()
    {
        var error = SingleError(Parse("---\ncategories: cong-vu\n---\nNội dung.\n"), DiagnosticCodes.MissingTitle);

        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("title:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyTitle_ReportsAtKey()
    {
        var error = SingleError(Parse("---\ncategories: cong-vu\ntitle: \"  \"\n---\nNội dung.\n"), DiagnosticCodes.MissingTitle);

        Assert.Equal((3, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_TitleIsMapping_ReportsWrongTypeOnly()
    {
        var error = SingleError(Parse("---\ntitle:\n  vi: Tiêu đề\ncategories: cong-vu\n---\nNội dung.\n"), DiagnosticCodes.WrongType);

        Assert.Equal((3, 3), (error.Line, error.Column));
        Assert.Contains("văn bản", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TitleIsList_ReportsWrongType()
    {
        var error = SingleError(Parse("---\ntitle: [a, b]\ncategories: cong-vu\n---\nNội dung.\n"), DiagnosticCodes.WrongType);

        Assert.Equal((2, 8), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("---\ntitle: T\n---\nNội dung.\n", 1, 1)]
    [InlineData("---\ntitle: T\ncategories: []\n---\nNội dung.\n", 3, 1)]
    [InlineData("---\ntitle: T\ncategories:\n---\nNội dung.\n", 3, 1)]
    public void Parse_NoCategories_ReportsError(string text, int line, int column)
    {
        var error = SingleError(Parse(text), DiagnosticCodes.MissingCategories);

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains("thu-tuc-hanh-chinh", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownCategory_SuggestsNearest()
    {
        var error = SingleError(Parse("---\ntitle: T\ncategories: [cong-vu, thu-tuc-hanh-chin]\n---\nNội dung.\n"), DiagnosticCodes.UnknownCategory);

        Assert.Equal((3, 23), (error.Line, error.Column));
        Assert.Contains("\"thu-tuc-hanh-chinh\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("Cải cách thủ tục hành chính", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownCategoryInCommaList_ReportsItsColumn()
    {
        var error = SingleError(Parse("---\ntitle: T\ncategories: the-che, congvu\n---\nNội dung.\n"), DiagnosticCodes.UnknownCategory);

        Assert.Equal((3, 22), (error.Line, error.Column));
        Assert.Contains("\"cong-vu\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownCategoryFarFromAll_ListsValidKeys()
    {
        var error = SingleError(Parse("---\ntitle: T\ncategories: bong-da-the-thao-quoc-te\n---\nNội dung.\n"), DiagnosticCodes.UnknownCategory);

        Assert.Contains("chinh-quyen-so", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-02-30 07:30", "ngày 30")]
    [InlineData("2026-11-30 25:00", "giờ 25")]
    [InlineData("2026-11-30T07:61", "phút 61")]
    [InlineData("2026-13-01", "tháng 13")]
    [InlineData("2026-11-30T07:30+15:00", "+15:00")]
    public void Parse_ImpossibleDate_ReportsWhatIsWrong(string value, string expected)
    {
        var error = SingleError(Parse($"---\ntitle: T\ncategories: cong-vu\npublish_at: {value}\n---\nNội dung.\n"), DiagnosticCodes.ImpossibleDate);

        Assert.Equal((4, 13), (error.Line, error.Column));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ngày mai", "")]
    [InlineData("30/11/2026 07:30", "2026-11-30 07:30")]
    [InlineData("7/12/2026", "2026-12-07")]
    public void Parse_UnreadableDate_ExplainsFormat(string value, string suggestion)
    {
        var error = SingleError(Parse($"---\ntitle: T\ncategories: cong-vu\npublish_at: \"{value}\"\n---\nNội dung.\n"), DiagnosticCodes.InvalidPublishAt);

        Assert.Equal((4, 13), (error.Line, error.Column));
        Assert.Contains("2026-12-07 07:30", error.Message, StringComparison.Ordinal);
        Assert.Contains(suggestion, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadChannel_SuggestsNearest()
    {
        var error = SingleError(Parse("---\ntitle: T\ncategories: cong-vu\nchannels: [website, facebok]\n---\nNội dung.\n"), DiagnosticCodes.UnknownChannel);

        Assert.Equal((4, 21), (error.Line, error.Column));
        Assert.Contains("\"facebook\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyChannelList_ReportsError()
    {
        var error = SingleError(Parse("---\ntitle: T\ncategories: cong-vu\nchannels: []\n---\nNội dung.\n"), DiagnosticCodes.EmptyChannels);

        Assert.Equal((4, 11), (error.Line, error.Column));
        Assert.Contains("draft", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingCover_ReportsPathAndPosition()
    {
        using var folder = new TempContentFolder();

        var error = SingleError(Parse("---\ntitle: T\ncategories: cong-vu\ncover: anh/khong-co.jpg\n---\nNội dung.\n", root: folder.Root), DiagnosticCodes.CoverNotFound);

        Assert.Equal((4, 8), (error.Line, error.Column));
        Assert.Contains("anh/khong-co.jpg", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.com/a.jpg")]
    [InlineData("bai-viet.docx")]
    public void Parse_CoverNotALocalImage_ReportsInvalid(string cover)
    {
        var error = SingleError(Parse($"---\ntitle: T\ncategories: cong-vu\ncover: {cover}\n---\nNội dung.\n"), DiagnosticCodes.CoverInvalid);

        Assert.Equal((4, 8), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_CoverInParentFolder_Resolved()
    {
        using var folder = new TempContentFolder();
        var image = folder.WriteBytes("articles/anh/bia.jpg", [0xFF, 0xD8, 0xFF]);

        var article = Parse("---\ntitle: T\ncategories: cong-vu\ncover: ../anh/bia.jpg\n---\nNội dung.\n", root: folder.Root).Article;

        Assert.Equal(image, article?.CoverPath);
    }

    [Fact]
    public void Parse_BadStatus_SuggestsNearest()
    {
        var error = SingleError(Parse("---\ntitle: T\ncategories: cong-vu\nstatus: darft\n---\nNội dung.\n"), DiagnosticCodes.InvalidStatus);

        Assert.Equal((4, 9), (error.Line, error.Column));
        Assert.Contains("\"draft\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tittle: Tiêu đề", "title")]
    [InlineData("staus: draft", "status")]
    [InlineData("chanels: [website]", "channels")]
    [InlineData("publish-at: 2026-12-01", "publish_at")]
    public void Parse_KeyCloseToKnownKey_IsErrorAndArticleHeldBack(string line, string known)
    {
        var result = Parse($"---\ntitle: T\ncategories: cong-vu\n{line}\n---\nNội dung.\n");

        Assert.Null(result.Article);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal((DiagnosticCodes.MisspelledKey, 4, 1), (error.Code, error.Line, error.Column));
        Assert.Contains($"\"{known}\"", error.Message, StringComparison.Ordinal);
        Assert.Equal("articles/2026/bai-viet.md:4:1: error CCHC125: " + error.Message, error.ToString());
    }

    [Fact]
    public void Parse_UnknownKeyNearButNotATypo_WarnsWithNearestKey()
    {
        var result = Parse("---\ntitle: T\ncategories: cong-vu\nto: x\n---\nNội dung.\n");

        Assert.NotNull(result.Article);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnknownKey, DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
    }

    [Fact]
    public void Parse_UnknownKeyFarFromAll_ListsKnownKeys()
    {
        var warning = Assert.Single(Parse("---\ntitle: T\ncategories: cong-vu\nxyzxyzxyz: 1\n---\nNội dung.\n").Diagnostics);

        Assert.Contains("publish_at", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateKey_ReportsSecond()
    {
        var error = SingleError(Parse("---\ntitle: A\ncategories: cong-vu\ntitle: B\n---\nNội dung.\n"), DiagnosticCodes.DuplicateKey);

        Assert.Equal((4, 1), (error.Line, error.Column));
        Assert.Contains("dòng 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\ntitle: T\ncategories: cong-vu\n---\n")]
    [InlineData("---\ntitle: T\ncategories: cong-vu\n---")]
    [InlineData("---\ntitle: T\ncategories: cong-vu\n---\n\n   \n\t\n")]
    public void Parse_EmptyBody_ReportsAtClosingLine(string text)
    {
        var error = SingleError(Parse(text), DiagnosticCodes.EmptyBody);

        Assert.Equal((4, 1), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("# Tiêu đề\n\nNội dung.\n")]
    [InlineData("\n---\ntitle: T\ncategories: cong-vu\n---\nNội dung.\n")]
    [InlineData("")]
    public void Parse_NoFrontMatter_ReportsAtStart(string text)
    {
        var error = SingleError(Parse(text), DiagnosticCodes.MissingFrontMatter);

        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_UnterminatedFrontMatter_ReportsError()
    {
        var error = SingleError(Parse("---\ntitle: T\ncategories: cong-vu\n\nNội dung.\n"), DiagnosticCodes.UnterminatedFrontMatter);

        Assert.Equal((1, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_FenceWithTrailingSpaces_Accepted()
    {
        Assert.NotNull(Parse("---  \ntitle: T\ncategories: cong-vu\n--- \nNội dung.\n").Article);
    }

    [Fact]
    public void Parse_YamlSyntaxError_ReportsYamlDotNetPosition()
    {
        // The unclosed quote on line 3 of the file runs into line 4, where YamlDotNet finds the problem.
        var error = SingleError(Parse("---\ntitle: T\nsummary: \"chưa đóng\ncategories: cong-vu\n---\nNội dung.\n"), DiagnosticCodes.YamlSyntax);

        Assert.Equal((3, 10), (error.Line, error.Column));
        Assert.Contains("YAML", error.Message, StringComparison.Ordinal);
        Assert.Contains("Có thể do: thiếu dấu ngoặc kép đóng", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingSpaceAfterColonInMapping_ReportsLineOfProblem()
    {
        var error = SingleError(Parse("---\ntitle: T\ncategories: cong-vu\n  bad: indent\n---\nNội dung.\n"), DiagnosticCodes.YamlSyntax);

        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Parse_TabIndentation_ReportsTabPosition()
    {
        var error = SingleError(Parse("---\ntitle: T\ncategories:\n\t- cong-vu\n---\nNội dung.\n"), DiagnosticCodes.YamlSyntax);

        Assert.Equal((4, 1), (error.Line, error.Column));
        Assert.Contains("Tab", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnquotedColonInTitle_ReportsItAndAdvisesQuotes()
    {
        var error = SingleError(Parse("---\ntitle: Hướng dẫn: nộp hồ sơ\ncategories: cong-vu\n---\nNội dung.\n"), DiagnosticCodes.YamlSyntax);

        Assert.Equal((2, 17), (error.Line, error.Column));
        Assert.Contains("ngoặc kép", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FrontMatterIsAList_ReportsNotAMapping()
    {
        var error = SingleError(Parse("---\n- title\n- cong-vu\n---\nNội dung.\n"), DiagnosticCodes.NotAMapping);

        Assert.Equal((2, 1), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_Alias_ReportsWrongType()
    {
        var error = SingleError(Parse("---\ntitle: &t T\ncategories: cong-vu\nsummary: *t\n---\nNội dung.\n"), DiagnosticCodes.WrongType);

        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Parse_DeeplyNestedValue_ReportsWrongTypeWithoutCrashing()
    {
        var nested = new string('[', 500) + new string(']', 500);

        var error = SingleError(Parse($"---\ntitle: T\ncategories: cong-vu\nsummary: {nested}\n---\nNội dung.\n"), DiagnosticCodes.WrongType);

        Assert.Equal((4, 10), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_SeveralErrors_AllReportedInLineOrder()
    {
        var result = Parse("---\ncategories: [khong-co]\nstatus: xong\nchannels: [tivi]\n---\n");

        Assert.Null(result.Article);
        Assert.Equal(
            [DiagnosticCodes.MissingTitle, DiagnosticCodes.UnknownCategory, DiagnosticCodes.InvalidStatus, DiagnosticCodes.UnknownChannel, DiagnosticCodes.EmptyBody],
            result.Diagnostics.Select(d => d.Code));
    }

    [Theory]
    [InlineData("Bài Viết Số 1")]
    [InlineData("/2026/a")]
    [InlineData("2026//a")]
    [InlineData("a_b")]
    public void Parse_InvalidExplicitId_ReportsWithSuggestion(string id)
    {
        var error = SingleError(Parse($"---\ntitle: T\ncategories: cong-vu\nid: \"{id}\"\n---\nNội dung.\n"), DiagnosticCodes.InvalidId);

        Assert.Equal((4, 5), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_FileNameWithoutLetters_ReportsUnderivableId()
    {
        var error = SingleError(Parse(ValidFrontMatter + "Nội dung.\n", relativePath: "articles/2026/!!!.md"), DiagnosticCodes.InvalidId, "articles/2026/!!!.md");

        Assert.Equal((1, 1), (error.Line, error.Column));
    }
}
