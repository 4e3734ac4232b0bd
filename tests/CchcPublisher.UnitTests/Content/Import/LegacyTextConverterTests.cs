using CchcPublisher.Content.Import;

namespace CchcPublisher.UnitTests.Content.Import;

public sealed class LegacyTextConverterTests
{
    // TCVN3 strings below are glibc iconv's TCVN5712-1 encoding of the Unicode text (VN3 shares its upper half).
    [Theory]
    [InlineData("Ng\u00AD\u00EAi d\u00A9n c\u00E3 th\u00D3 n\u00E9p h\u00E5 s\u00AC tr\u00F9c tuy\u00D5n qua C\u00E6ng d\u00DEch v\u00F4 c\u00ABng qu\u00E8c gia, \u00AE\u00AD\u00EEc tr\u00B6 k\u00D5t qu\u00B6 t\u00B9i nh\u00B5.",
        "Người dân có thể nộp hồ sơ trực tuyến qua Cổng dịch vụ công quốc gia, được trả kết quả tại nhà.")]
    [InlineData("\u00A7\u00D2 \u00B8n 06 gi\u00F3p ng\u00AD\u00EAi d\u00A9n l\u00B5m th\u00F1 t\u00F4c nhanh h\u00ACn.",
        "Đề án 06 giúp người dân làm thủ tục nhanh hơn.")]
    public void Tcvn3_LowerCaseFont_ReadsAsUnicode(string typed, string expected) =>
        Assert.Equal(expected, LegacyTextConverter.Convert(typed, LegacyFont.FromFontName(".VnTime")));

    [Fact]
    public void Tcvn3_CapitalsFont_ReadsAsCapitals() =>
        Assert.Equal("THÔNG BÁO", LegacyTextConverter.Convert("th\u00ABng b\u00B8o", LegacyFont.FromFontName(".VnTimeH")));

    [Theory]
    [InlineData("Vieät Nam", "Việt Nam")]
    [InlineData("Uûy ban nhaân daân xaõ Hoøa An", "Ủy ban nhân dân xã Hòa An")]
    [InlineData("Ngöôøi daân ñöôïc tröïc tieáp noäp hoà sô", "Người dân được trực tiếp nộp hồ sơ")]
    [InlineData("caûi caùch haønh chính, ñaêng kyù khai sinh", "cải cách hành chính, đăng ký khai sinh")]
    [InlineData("THOÂNG BAÙO VEÀ VIEÄC", "THÔNG BÁO VỀ VIỆC")]
    [InlineData("ÑAÛNG COÄNG SAÛN VIEÄT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM")]
    [InlineData("naêm 2026, ngaøy 5 thaùng 12", "năm 2026, ngày 5 tháng 12")]
    public void Vni_ReadsAsUnicodeNfc(string typed, string expected)
    {
        var converted = LegacyTextConverter.Convert(typed, LegacyFont.FromFontName("VNI-Times"));
        Assert.Equal(expected, converted);
        Assert.True(converted.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("Times New Roman", "None", false)]
    [InlineData(null, "None", false)]
    [InlineData(".VnTime", "Tcvn3", false)]
    [InlineData(".VnArialH", "Tcvn3", true)]
    [InlineData(".VnTimeH Bold", "Tcvn3", true)]
    [InlineData(".VnCentury Schoolbook", "Tcvn3", false)]
    [InlineData("VNI-Times", "Vni", false)]
    [InlineData("VNI-Helve-Condense", "Vni", false)]
    public void FontName_TellsTheEncoding(string? font, string encoding, bool upperCase) =>
        Assert.Equal(new LegacyFont(Enum.Parse<LegacyEncoding>(encoding), upperCase), LegacyFont.FromFontName(font));

    [Fact]
    public void UnicodeFont_LeavesTextAlone() =>
        Assert.Equal("Hòa An ¸µ", LegacyTextConverter.Convert("Hòa An ¸µ", LegacyFont.Unicode));
}
