using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Speech.Lexicon;

namespace CchcPublisher.UnitTests.Speech;

public sealed class SpeechLexiconLoaderTests
{
    [Fact]
    public void BuiltIn_HasTheCchcAbbreviations()
    {
        var lexicon = SpeechLexiconLoader.BuiltIn;

        foreach (var key in new[] { "UBND", "HĐND", "CCHC", "TTHC", "CBCCVC", "MTTQ", "PVHCC", "DVC", "CNTT", "VH-TT", "VH-XH" })
        {
            Assert.True(lexicon.Abbreviations.ContainsKey(key), key);
        }

        Assert.Equal("Nghị quyết", lexicon.DocumentTypes["NQ"]);
        Assert.Equal("Thủ tướng Chính phủ", lexicon.Issuers["TTg"]);
    }

    [Fact]
    public void Parse_ValidFile_ReadsEverySection()
    {
        var (lexicon, diagnostics) = SpeechLexiconLoader.Parse(
            "abbreviations:\n  HTX: hợp tác xã\ndocument_types:\n  QĐi: Quy định\nissuers:\n  BYT: Bộ Y tế\nsites:\n  hoaan.gov.vn: Trang thông tin xã Hòa An\n",
            "radio/abbreviations.yaml");

        Assert.Empty(diagnostics);
        Assert.Equal("hợp tác xã", lexicon.Abbreviations["HTX"]);
        Assert.Equal("Quy định", lexicon.DocumentTypes["QĐi"]);
        Assert.Equal("Bộ Y tế", lexicon.Issuers["BYT"]);
        Assert.Equal("Trang thông tin xã Hòa An", lexicon.Sites["hoaan.gov.vn"]);
    }

    [Fact]
    public void Parse_BrokenYaml_ErrorWithLine()
    {
        var (lexicon, diagnostics) = SpeechLexiconLoader.Parse("abbreviations:\n  HTX: [hợp tác xã\n", "radio/abbreviations.yaml");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("SPEECH001", diagnostic.Code);
        Assert.True(diagnostic.Line >= 2);
        Assert.Empty(lexicon.Abbreviations);
    }

    [Fact]
    public void Parse_DigitsInSpokenForm_ErrorAndEntrySkippedOthersKept()
    {
        var (lexicon, diagnostics) = SpeechLexiconLoader.Parse("abbreviations:\n  ĐA06: Đề án 06\n  HTX: hợp tác xã\n", "radio/abbreviations.yaml");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("SPEECH005", diagnostic.Code);
        Assert.Equal(2, diagnostic.Line);
        Assert.False(lexicon.Abbreviations.ContainsKey("ĐA06"));
        Assert.Equal("hợp tác xã", lexicon.Abbreviations["HTX"]);
    }

    [Fact]
    public void Parse_MisspeltSection_WarnsWithSuggestion()
    {
        var (_, diagnostics) = SpeechLexiconLoader.Parse("abbreviation:\n  HTX: hợp tác xã\n", "radio/abbreviations.yaml");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("abbreviations", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SectionNotAMap_Error()
    {
        var (_, diagnostics) = SpeechLexiconLoader.Parse("abbreviations:\n  - HTX\n", "radio/abbreviations.yaml");

        Assert.Equal("SPEECH002", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Parse_EmptyFile_NoEntriesNoProblems()
    {
        var (lexicon, diagnostics) = SpeechLexiconLoader.Parse(string.Empty, "radio/abbreviations.yaml");

        Assert.Empty(diagnostics);
        Assert.Empty(lexicon.Abbreviations);
    }

    [Fact]
    public void Merge_ContentEntry_OverridesBuiltIn()
    {
        var extension = SpeechLexicon.Empty with { Abbreviations = new Dictionary<string, string> { ["TT"] = "trung tâm" } };

        var merged = SpeechLexiconLoader.BuiltIn.Merge(extension);

        Assert.Equal("trung tâm", merged.Abbreviations["TT"]);
        Assert.Equal("Ủy ban nhân dân", merged.Abbreviations["UBND"]);
    }
}
