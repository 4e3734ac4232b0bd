using CchcPublisher.Speech;
using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Passes;

namespace CchcPublisher.UnitTests.Speech.Passes;

/// <summary>
/// <see cref="DatePass"/>'s tests of the text around a date, written without regular expressions (issue 17, speed): the word
/// before a date in any case ("ngày", "mùng", "mồng", "tháng"), a street or square named after a date only as a whole word,
/// "ngày /8/2025" with white space before "/", a season only over two years that follow each other.
/// </summary>
public sealed class DatePassContextTests
{
    private static readonly SpeechContext Context = new(NumberStyle.Default, SpeechLexiconLoader.BuiltIn);

    [Theory]
    [InlineData("Ngày 15/7/2025 họp", "Ngày mười lăm tháng bảy năm hai nghìn không trăm hai mươi lăm họp")]
    [InlineData("MỒNG 2/9/2025", "MỒNG hai tháng chín năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("mùng  2/9/2025", "mùng  hai tháng chín năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("đường 2-9-1945", "đường hai tháng chín năm một nghìn chín trăm bốn mươi lăm")]
    [InlineData("Quảng TRƯỜNG 19-8-2020", "Quảng TRƯỜNG mười chín tháng tám năm hai nghìn không trăm hai mươi")]
    [InlineData("xđường 2/9/1945", "xđường ngày hai tháng chín năm một nghìn chín trăm bốn mươi lăm")]
    [InlineData("phố 2/9/1945", "phố hai tháng chín năm một nghìn chín trăm bốn mươi lăm")]
    [InlineData("NGÀY /8/2025", "tháng tám năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("ngày   /13/2025", "ngày   /13/2025")]
    [InlineData("niên vụ 2024 / 2025", "niên vụ hai nghìn không trăm hai mươi tư đến hai nghìn không trăm hai mươi lăm")]
    [InlineData("niên vụ 2024/2026", "niên vụ 2024/2026")]
    [InlineData("năm học 1999/2000", "năm học một nghìn chín trăm chín mươi chín đến hai nghìn")]
    [InlineData("Tháng 7-9/2025", "Tháng bảy đến tháng chín năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("THÁNG 3/2025", "THÁNG ba năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("từ 2025-10-03", "từ ngày ba tháng mười năm hai nghìn không trăm hai mươi lăm")]
    public void Apply_ReadsTheWordsAroundTheDate(string text, string expected) =>
        Assert.Equal(expected, new DatePass().Apply(text, Context));
}
