using CchcPublisher.Speech;

namespace CchcPublisher.UnitTests.Speech;

public sealed class VietnameseNumbersTests
{
    [Theory]
    [InlineData(0, "không")]
    [InlineData(5, "năm")]
    [InlineData(10, "mười")]
    [InlineData(11, "mười một")]
    [InlineData(14, "mười bốn")]
    [InlineData(15, "mười lăm")]
    [InlineData(20, "hai mươi")]
    [InlineData(21, "hai mươi mốt")]
    [InlineData(24, "hai mươi tư")]
    [InlineData(25, "hai mươi lăm")]
    [InlineData(84, "tám mươi tư")]
    [InlineData(100, "một trăm")]
    [InlineData(101, "một trăm linh một")]
    [InlineData(104, "một trăm linh bốn")]
    [InlineData(105, "một trăm linh năm")]
    [InlineData(110, "một trăm mười")]
    [InlineData(115, "một trăm mười lăm")]
    [InlineData(124, "một trăm hai mươi tư")]
    [InlineData(1000, "một nghìn")]
    [InlineData(1001, "một nghìn không trăm linh một")]
    [InlineData(1020, "một nghìn không trăm hai mươi")]
    [InlineData(1105, "một nghìn một trăm linh năm")]
    [InlineData(1234, "một nghìn hai trăm ba mươi tư")]
    [InlineData(2000, "hai nghìn")]
    [InlineData(2021, "hai nghìn không trăm hai mươi mốt")]
    [InlineData(2030, "hai nghìn không trăm ba mươi")]
    [InlineData(4625, "bốn nghìn sáu trăm hai mươi lăm")]
    [InlineData(100000, "một trăm nghìn")]
    [InlineData(100009, "một trăm nghìn không trăm linh chín")]
    [InlineData(2000004, "hai triệu không trăm linh bốn")]
    [InlineData(1050003, "một triệu không trăm năm mươi nghìn không trăm linh ba")]
    [InlineData(1234567, "một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy")]
    [InlineData(9000000, "chín triệu")]
    [InlineData(1000000017, "một tỷ không trăm mười bảy")]
    [InlineData(1005000000, "một tỷ không trăm linh năm triệu")]
    [InlineData(1000000000000, "một nghìn tỷ")]
    [InlineData(-21, "âm hai mươi mốt")]
    public void Cardinal_DefaultStyle_ReadsAsBroadcastNorth(long value, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.Cardinal(value, NumberStyle.Default));

    [Theory]
    [InlineData(105, "một trăm lẻ năm")]
    [InlineData(24, "hai mươi bốn")]
    [InlineData(2021, "hai ngàn không trăm hai mươi mốt")]
    [InlineData(3000005, "ba triệu không trăm lẻ năm")]
    public void Cardinal_SouthernStyle_UsesLeBonNgan(long value, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.Cardinal(value, new NumberStyle("lẻ", UseTu: false, Thousand: "ngàn")));

    [Theory]
    [InlineData("05", "năm")]
    [InlineData("000", "không")]
    [InlineData("2021", "hai nghìn không trăm hai mươi mốt")]
    [InlineData("1234567890123456", "một hai ba bốn năm sáu bảy tám chín không một hai ba bốn năm sáu")]
    public void Cardinal_Digits_LeadingZerosSilentAndLongCodesDigitByDigit(string digits, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.Cardinal(digits, NumberStyle.Default));

    [Theory]
    [InlineData(1, "nhất")]
    [InlineData(2, "hai")]
    [InlineData(4, "tư")]
    [InlineData(14, "mười bốn")]
    [InlineData(24, "hai mươi tư")]
    public void Ordinal_AfterThu_NhatAndTu(long value, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.Ordinal(value, NumberStyle.Default));

    [Theory]
    [InlineData(1, "một")]
    [InlineData(4, "tư")]
    [InlineData(10, "mười")]
    [InlineData(12, "mười hai")]
    public void Month_April_IsTu(int month, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.Month(month, NumberStyle.Default));

    [Theory]
    [InlineData("5", "năm")]
    [InlineData("14", "mười bốn")]
    [InlineData("05", "không năm")]
    [InlineData("0001", "không không không một")]
    [InlineData("5680", "năm sáu tám không")]
    public void Fraction_ShortAsNumberOtherwiseDigits(string digits, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.Fraction(digits, NumberStyle.Default));

    [Fact]
    public void DigitByDigit_IgnoresSeparators() =>
        Assert.Equal("không hai hai năm ba", VietnameseNumbers.DigitByDigit("0225.3"));

    [Fact]
    public void Cardinal_ReadingsBelowTenThousand_KeptPerStyleAndEqualToFreshlyMade()
    {
        // Each style keeps its own readings.
        var southern = new NumberStyle(ZeroTens: "lẻ", UseTu: false, Thousand: "ngàn");
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal("một trăm linh năm", VietnameseNumbers.Cardinal(105, NumberStyle.Default));
            Assert.Equal("một trăm lẻ năm", VietnameseNumbers.Cardinal(105, southern));
            Assert.Equal("hai ngàn không trăm hai mươi bốn", VietnameseNumbers.Cardinal(2024, southern));
            Assert.Equal("hai nghìn không trăm hai mươi tư", VietnameseNumbers.Cardinal("02024", NumberStyle.Default));
        }

        // A new style instance has kept nothing yet: its first reading of each number is made afresh, and must be the
        // kept one of the default style (equal records, separate keeps); asked again, the kept instance comes back.
        var fresh = new NumberStyle();
        for (var value = 1; value < 10_000; value++)
        {
            var made = VietnameseNumbers.Cardinal(value, fresh);
            Assert.Equal(made, VietnameseNumbers.Cardinal(value, NumberStyle.Default));
            Assert.Same(made, VietnameseNumbers.Cardinal(value, fresh));
        }
    }
}
