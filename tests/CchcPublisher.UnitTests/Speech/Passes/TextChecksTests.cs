using System.Buffers;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Passes;

namespace CchcPublisher.UnitTests.Speech.Passes;

/// <summary>
/// The cheap tests a pass makes before its patterns (issue 13, speed): each must hold for every text its pattern can
/// match, or the pass would skip a form it reads; and fail on ordinary text, or it would save nothing.
/// </summary>
public sealed class TextChecksTests
{
    private static readonly SearchValues<char> Slash = SearchValues.Create("/");
    private static readonly SearchValues<char> AnySeparator = SearchValues.Create("/.-");
    private static readonly SearchValues<char> Punctuation = SearchValues.Create(".,;:!?");
    private static readonly SearchValues<char> Numerals = SearchValues.Create("IVXLCDM");

    [Theory]
    [InlineData("ngày 15/7 tới", "/", 1, true)]
    [InlineData("ngày 15 / 7 tới", "/", 1, true)]
    [InlineData("giai đoạn 2021 - 2030", "-", 1, true)]
    [InlineData("tháng 7/2021", "/", 4, true)]
    [InlineData("ngày 15/7 tới", "/", 4, false)]
    [InlineData("2. Yêu cầu", ".", 1, false)]
    [InlineData("kinh tế - xã hội", "-", 1, false)]
    [InlineData("năm 2024.", ".", 1, false)]
    public void DigitSeparatorDigit_DigitsAroundASeparator(string text, string separators, int digitsAfter, bool expected) =>
        Assert.Equal(expected, TextChecks.DigitSeparatorDigit(text, SearchValues.Create(separators), digitsAfter));

    [Theory]
    [InlineData("diện tích 8,5m2 đất", true)]
    [InlineData("cao 35 độ C", true)]
    [InlineData("43 ha lúa", true)]
    [InlineData("20 hộ dân", false)]
    [InlineData("5 mô hình", false)]
    [InlineData("năm 2024 theo kế hoạch", false)]
    public void DigitThenWord_UnitAfterDigits(string text, bool expected) =>
        Assert.Equal(expected, TextChecks.DigitThenWord(text, ["km", "m2", "m", "ha", "độ C", "độ", "tấn"]));

    [Theory]
    [InlineData("5 triệu đồng", true, true)]
    [InlineData("tại 5 tỉnh", true, false)]
    [InlineData("tại 5 tỉnh", false, true)]
    public void DigitThenWord_WholeWordOrPrefix(string text, bool whole, bool expected) =>
        Assert.Equal(expected, TextChecks.DigitThenWord(text, ScaleWords.All, whole));

    [Theory]
    [InlineData("gọi 113", 3, true)]
    [InlineData("ngày 15/7", 3, false)]
    [InlineData("0912345678", 10, true)]
    public void HasDigitRun_DigitsInARow(string text, int length, bool expected) =>
        Assert.Equal(expected, TextChecks.HasDigitRun(text, length));

    [Theory]
    [InlineData("Quý III/2024", true)]
    [InlineData("II. NỘI DUNG", true)]
    [InlineData("khóa XV,", true)]
    [InlineData("Văn bản của UBND, Cán bộ", false)]
    [InlineData("MỤC ĐÍCH", false)]
    public void StandaloneRun_WhereARomanNumeralCanStand(string text, bool expected) =>
        Assert.Equal(expected, TextChecks.StandaloneRun(text, Numerals));

    [Theory]
    [InlineData("xã ,\nhọp", true)]
    [InlineData("xã,", true)]
    [InlineData("xã, họp", false)]
    public void MarkAtLineEnd_CommaBeforeABreak(string text, bool expected) =>
        Assert.Equal(expected, TextChecks.MarkAtLineEnd(text, ','));

    [Theory]
    [InlineData("a b", false)]
    [InlineData("a  b", true)]
    [InlineData("a\tb", true)]
    [InlineData("a\u00A0b", true)]
    [InlineData("a\nb", false)]
    public void HasIrregularSpace_WhatOneSpaceWouldChange(string text, bool expected) =>
        Assert.Equal(expected, TextChecks.HasIrregularSpace(text));

    [Fact]
    public void PunctuationChecks_FindTheShapesTheTidyingRemoves()
    {
        Assert.True(TextChecks.AnyAfterHorizontalSpace("xã .", Punctuation));
        Assert.False(TextChecks.AnyAfterHorizontalSpace("xã.\n.", Punctuation));
        Assert.True(TextChecks.RepeatedMark("xã, .", Punctuation));
        Assert.True(TextChecks.RepeatedMark("xã,\n.", Punctuation));
        Assert.False(TextChecks.RepeatedMark("xã, họp.", Punctuation));
        Assert.True(TextChecks.AnyBeforeLetter("xã,họp", Punctuation));
        Assert.False(TextChecks.AnyBeforeLetter("xã, họp.", Punctuation));
        Assert.True(TextChecks.LineStartsWith("họp\n  , xã", Punctuation));
        Assert.False(TextChecks.LineStartsWith("họp,\nxã", Punctuation));
        Assert.True(TextChecks.HasSpaceBeforeNewline("xã \nhọp"));
        Assert.False(TextChecks.HasSpaceBeforeNewline("xã\n họp"));
        Assert.True(TextChecks.MarkThen("số 76/ NQ-CP", '/', SearchValues.Create("NQ")));
        Assert.False(TextChecks.DigitSeparatorDigit("số 76/NQ-CP", Slash));
        Assert.True(TextChecks.DigitSeparatorDigit("15.7.2021", AnySeparator, digitsAfter: 4));
    }

    [Theory]
    [InlineData("đường dây nóng 113", true)]
    [InlineData("Gọi số: 1022 ngay", true)]
    [InlineData("Hotline : 19001234", true)]
    [InlineData("Mã số thuế 0101234567", true)]
    [InlineData("năm 2026 trên địa bàn", false)]
    [InlineData("đường dây nóng 11", false)]
    [InlineData("mọi phản ánh 1022", false)]
    public void DigitRunAfterWord_ShortNumberAfterTheWordThatAnnouncesIt(string text, bool expected) =>
        Assert.Equal(expected, TextChecks.DigitRunAfterWord(text, 3, ["nóng", "gọi", "số", "hotline", "thuế"]));

    [Theory]
    [InlineData("mạng 5G", true)]
    [InlineData("nhóm G7 họp", true)]
    [InlineData("mức BĐ1", true)]
    [InlineData("năm 2026", false)]
    [InlineData("khu A 1", false)]
    [InlineData("3b", false)]
    public void DigitBesideCapital_CodeOfCapitalsAndDigits(string text, bool expected) =>
        Assert.Equal(expected, TextChecks.DigitBesideCapital(text));

    [Theory]
    [InlineData("Số: /KH-UBND", true)]
    [InlineData("/QĐ-UBND", true)]
    [InlineData("số 125/KH-UBND", false)]
    [InlineData("và/Hoặc", false)]
    [InlineData("số / KH", false)]
    public void LooseMarkThen_SlashNotAfterALetterOrNumber(string text, bool expected) =>
        Assert.Equal(expected, TextChecks.LooseMarkThen(text, '/', SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")));

    /// <summary>
    /// The new checks on the patterns they guard (phone context, Party and blank symbols, section numbers, codes, date
    /// ranges): each form is still read.
    /// </summary>
    [Theory]
    [InlineData("gọi đường dây nóng 113", "gọi đường dây nóng một một ba")]
    [InlineData("gọi 1900 1234", "gọi một chín không không, một hai ba bốn")]
    [InlineData("Nghị quyết số 57-NQ/TW", "Nghị quyết số năm mươi bảy của Trung ương")]
    [InlineData("Kế hoạch số /KH-UBND", "Kế hoạch")]
    [InlineData("II. NỘI DUNG", "hai. nội dung")]
    [InlineData("mạng 5G", "mạng năm giê")]
    [InlineData("nhiệt độ -5", "nhiệt độ âm năm")]
    [InlineData("từ 26-28/6/2022", "từ ngày hai mươi sáu đến ngày hai mươi tám tháng sáu năm hai nghìn không trăm hai mươi hai")]
    public void Cascade_NewChecksStillRead(string written, string spoken) =>
        Assert.Equal(spoken, PassCascade.Apply(written, new SpeechContext(NumberStyle.Default, SpeechLexiconLoader.BuiltIn)));

    /// <summary>Texts where the checks fail are left as they are and texts where they hold are still read, pass by pass.</summary>
    [Theory]
    [InlineData("cán bộ và nhân dân trong xã", "cán bộ và nhân dân trong xã")]
    [InlineData("theo 76/NQ-CP", "theo Nghị quyết số bảy mươi sáu của Chính phủ")]
    [InlineData("từ 20/4 - 30/6/2025", "từ ngày hai mươi tháng tư đến ngày ba mươi tháng sáu năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("lượng mưa 10-30mm", "lượng mưa mười đến ba mươi mi li mét")]
    [InlineData("giá 50.000đ/ngày", "giá năm mươi nghìn đồng một ngày")]
    [InlineData("5 tỉnh có 226 triệu m3", "năm tỉnh có hai trăm hai mươi sáu triệu mét khối")]
    [InlineData("Đề án 06 và khu vực ii", "Đề án không sáu và khu vực hai")]
    [InlineData("họp lúc 7 h sáng", "họp lúc bảy giờ sáng")]
    [InlineData("- Lưu  VT ,\n", "Lưu văn thư")]
    public void Cascade_ChecksSkipOnlyWhatCannotMatch(string written, string spoken) =>
        Assert.Equal(spoken, PassCascade.Apply(written, new SpeechContext(NumberStyle.Default, SpeechLexiconLoader.BuiltIn)));
}
