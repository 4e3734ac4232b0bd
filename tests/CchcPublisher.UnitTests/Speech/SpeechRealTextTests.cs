using CchcPublisher.Speech;

namespace CchcPublisher.UnitTests.Speech;

/// <summary>
/// Failures seen on real public texts (issue 13): abbreviations outside the first lexicon, acronyms said as words,
/// "/" read as a rate or a pause (never "hoặc"), units glued to numbers, compound units and "oC".
/// </summary>
public sealed class SpeechRealTextTests
{
    private static string Say(string text) => SpeechNormalizer.Default.Normalize(text);

    [Theory]
    [InlineData("Ban CHQS xã tổ chức", "Ban Chỉ huy quân sự xã tổ chức")]
    [InlineData("thực hiện NVQS năm 2025", "thực hiện nghĩa vụ quân sự năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("Bộ TN&MT", "Bộ Tài nguyên và Môi trường")]
    [InlineData("lực lượng CSGT và CAND", "lực lượng cảnh sát giao thông và Công an nhân dân")]
    [InlineData("bảo đảm ATGT", "bảo đảm an toàn giao thông")]
    [InlineData("Chương trình MTQG xây dựng NTM", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới")]
    [InlineData("vùng đồng bào DTTS&MN", "vùng đồng bào dân tộc thiểu số và miền núi")]
    [InlineData("nhiệm vụ QP-AN", "nhiệm vụ quốc phòng, an ninh")]
    [InlineData("đồng chí Phó BT Đảng ủy", "đồng chí Phó Bí thư Đảng ủy")]
    [InlineData("Đoàn TNCS Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh")]
    [InlineData("các TDP và HTX", "các tổ dân phố và hợp tác xã")]
    [InlineData("UBMTTQVN xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã")]
    [InlineData("Sở GTVT tỉnh", "Sở giao thông vận tải tỉnh")]
    public void Normalize_AbbreviationsFromRealNews_Expanded(string input, string expected) =>
        Assert.Equal(expected, Say(input));

    [Theory]
    [InlineData("dịch COVID-19", "dịch Cô vít mười chín")]
    [InlineData("các nước ASEAN", "các nước A xê an")]
    [InlineData("tài khoản VNeID", "tài khoản Vê en e ai đi")]
    [InlineData("gọi HOTLINE", "gọi đường dây nóng")]
    [InlineData("sản phẩm OCOP", "sản phẩm Ô cốp")]
    public void Normalize_AcronymsSaidAsWords_NotSpelled(string input, string expected) =>
        Assert.Equal(expected, Say(input));

    [Theory]
    [InlineData("năng suất 60 tạ/ha", "năng suất sáu mươi tạ trên héc ta")]
    [InlineData("lưu lượng 800m3/s", "lưu lượng tám trăm mét khối trên giây")]
    [InlineData("giá vé 40.000 đồng/người/lượt", "giá vé bốn mươi nghìn đồng một người một lượt")]
    [InlineData("giá 20.000 đồng/kg", "giá hai mươi nghìn đồng một ki lô gam")]
    [InlineData("nam/nữ", "nam, nữ")]
    public void Normalize_SlashBetweenWords_RateOrPauseNeverOr(string input, string expected)
    {
        var spoken = Say(input);
        Assert.Equal(expected, spoken);
        Assert.DoesNotContain("hoặc", spoken, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thu mua 715,5tấn", "thu mua bảy trăm mười lăm phẩy năm tấn")]
    [InlineData("nhiệt độ 36-38oC", "nhiệt độ ba mươi sáu đến ba mươi tám độ xê")]
    [InlineData("cao nhất 39oC", "cao nhất ba mươi chín độ xê")]
    [InlineData("12 tạ thóc", "mười hai tạ thóc")]
    public void Normalize_UnitsGluedOrCompound_Read(string input, string expected) =>
        Assert.Equal(expected, Say(input));
}
