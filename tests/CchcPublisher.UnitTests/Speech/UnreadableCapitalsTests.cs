using CchcPublisher.Speech;
using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Passes;

namespace CchcPublisher.UnitTests.Speech;

/// <summary>Issue 13: <c>validate</c> warns about words in capitals the loudspeaker would spell, where they are.</summary>
public sealed class UnreadableCapitalsTests
{
    [Fact]
    public void Find_UnknownCapitals_WarningAtLineAndColumn()
    {
        var warnings = UnreadableCapitals.Find("Mở đầu.\nBan XYZT xã họp.", "articles/a.md", 10, SpeechNormalizer.Default);

        var warning = Assert.Single(warnings);
        Assert.Equal(("articles/a.md", 11, 5, UnreadableCapitals.Code), (warning.Path, warning.Line, warning.Column, warning.Code));
        Assert.False(warning.IsError);
        Assert.Contains("'XYZT'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("abbreviations.yaml", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UBND xã và Ban CHQS")]
    [InlineData("KẾ HOẠCH TUYÊN TRUYỀN")]
    [InlineData("Nghị quyết số 76/NQ-CP, Công văn 1282/SGTVT-VTPT&LN")]
    [InlineData("khu vực III, thế kỷ XXI")]
    [InlineData("(TTXVN) Bộ TN&MT, BĐ1")]
    [InlineData("dịch COVID-19, tài khoản VNeID")]
    public void Find_WordsTheNormalizerReads_NoWarning(string text) =>
        Assert.Empty(UnreadableCapitals.Find(text, "a.md", 1, SpeechNormalizer.Default));

    [Fact]
    public void Find_WordAddedToTheCommuneLexicon_NoLongerReported()
    {
        var (extension, diagnostics) = SpeechLexiconLoader.Parse("abbreviations:\n  XYZT: xã Yên Trạch\n", "radio/abbreviations.yaml");
        Assert.Empty(diagnostics);
        var normalizer = new SpeechNormalizer(new SpeechContext(NumberStyle.Default, SpeechLexiconLoader.BuiltIn.Merge(extension)));

        Assert.Empty(UnreadableCapitals.Find("Ban XYZT xã họp.", "a.md", 1, normalizer));
    }

    [Fact]
    public void Find_SameUnknownWordTwice_BothPlacesReported()
    {
        var warnings = UnreadableCapitals.Find("QWX và (QWX)", "a.md", 1, SpeechNormalizer.Default);

        Assert.Equal([1, 9], warnings.Select(w => w.Column));
    }
}
