using CchcPublisher.Plan.Reports;

namespace CchcPublisher.UnitTests.Plan.Reports;

public sealed class TimesNewRomanMetricsTests
{
    /// <summary>
    /// Widths LibreOffice gave these lines of the report's heading (Liberation Serif, Times New Roman's metric twin),
    /// read from the PDF with <c>pdftotext -bbox-layout</c>: 250.1 pt and 159.1 pt.
    /// </summary>
    [Theory]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 24, 250.1)]
    [InlineData("Độc lập - Tự do - Hạnh phúc", 26, 159.1)]
    public void Twips_BoldHeadingLines_MatchTheRenderedWidthWithinOnePercent(string text, int halfPoints, double points)
    {
        var twips = TimesNewRomanMetrics.Twips(text, halfPoints, bold: true);

        Assert.InRange(twips / 20.0, points * 0.99, points * 1.01);
    }

    [Fact]
    public void Twips_CapitalsAndDigits_WiderThanLowerCaseOfTheSameLength()
    {
        // "TT" in bold 12 pt is 16 pt wide: two characters at an average lower-case width would be 11 pt.
        Assert.Equal(321, TimesNewRomanMetrics.Twips("TT", 24, bold: true));
        Assert.Equal(240, TimesNewRomanMetrics.Twips("10", 24));
        Assert.True(TimesNewRomanMetrics.Twips("NV01", 24) > TimesNewRomanMetrics.Twips("tiến", 24));
    }

    [Fact]
    public void Twips_VietnameseLetters_MeasuredAsTheirBaseLetterAndHorn()
    {
        Assert.Equal(TimesNewRomanMetrics.Twips("Tong", 26), TimesNewRomanMetrics.Twips("Tổng", 26));
        Assert.Equal(TimesNewRomanMetrics.Twips("Dong", 26), TimesNewRomanMetrics.Twips("Đồng", 26));
        Assert.True(TimesNewRomanMetrics.Twips("ư", 26) > TimesNewRomanMetrics.Twips("u", 26));
    }

    [Fact]
    public void Twips_UnknownCharacter_CountsAsAFullEm()
    {
        Assert.Equal(240, TimesNewRomanMetrics.Twips("☎", 24));
    }
}
