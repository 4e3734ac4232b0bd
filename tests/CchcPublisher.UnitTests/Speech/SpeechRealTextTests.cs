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

    [Theory]
    [InlineData("ngày 13-2", "ngày mười ba tháng hai")]
    [InlineData("Sáng 21.10, xã họp", "Sáng ngày hai mươi mốt tháng mười, xã họp")]
    [InlineData("dịp nghỉ lễ 30.4 - 1.5", "dịp nghỉ lễ ngày ba mươi tháng tư đến ngày một tháng năm")]
    [InlineData("tuyến đường 2-9", "tuyến đường hai tháng chín")]
    [InlineData("trong 2-3 ngày", "trong hai đến ba ngày")]
    [InlineData("mục 2.3 của kế hoạch", "mục hai chấm ba của kế hoạch")]
    [InlineData("niên vụ 2024/2025", "niên vụ hai nghìn không trăm hai mươi tư đến hai nghìn không trăm hai mươi lăm")]
    public void Normalize_DayMonthWithHyphenOrDot_DateOnlyInADateContext(string input, string expected) =>
        Assert.Equal(expected, Say(input));

    [Theory]
    [InlineData("Luật số 199/2025/QH15", "Luật số một trăm chín mươi chín năm hai nghìn không trăm hai mươi lăm của Quốc hội khóa mười lăm")]
    [InlineData("Công văn số 1282/SGTVT-VTPT&LN", "Công văn số một nghìn hai trăm tám mươi hai của Sở Giao thông vận tải")]
    [InlineData("Nghị quyết 68/CP", "Nghị quyết số sáu mươi tám của Chính phủ")]
    [InlineData("Kế hoạch số 05", "Kế hoạch số năm")]
    [InlineData("Thông tư liên tịch số 01/2011/TTLT-VPCP-BNV", "Thông tư liên tịch số một năm hai nghìn không trăm mười một của Văn phòng Chính phủ và Bộ Nội vụ")]
    [InlineData("Quyết định số 345/QĐUBND", "Quyết định số ba trăm bốn mươi lăm của Ủy ban nhân dân")]
    [InlineData("tỷ lệ 5/9 huyện", "tỷ lệ năm trên chín huyện")]
    public void Normalize_DocumentSymbolGrammar_ReadAsAnOfficialWould(string input, string expected) =>
        Assert.Equal(expected, Say(input));

    [Theory]
    [InlineData("lúc 7 h sáng", "lúc bảy giờ sáng")]
    [InlineData("bắt đầu 8h0", "bắt đầu tám giờ")]
    [InlineData("vào khoảng 11-14h", "vào khoảng mười một đến mười bốn giờ")]
    [InlineData("trực 24/24h", "trực hai mươi tư trên hai mươi tư giờ")]
    [InlineData("khai mạc lúc 8 giờ 00", "khai mạc lúc tám giờ")]
    [InlineData("gọi 0290 1022", "gọi không hai chín không, một không hai hai")]
    [InlineData("soạn tin gửi 1407", "soạn tin gửi một bốn không bảy")]
    [InlineData("khu vực III, II, I", "khu vực ba, hai, một")]
    [InlineData("thuộc khu vực ii", "thuộc khu vực hai")]
    [InlineData("đạt giải II", "đạt giải nhì")]
    [InlineData("đạt 226 triệu m3", "đạt hai trăm hai mươi sáu triệu mét khối")]
    [InlineData("mật độ 25 con/m2", "mật độ hai mươi lăm con một mét vuông")]
    [InlineData("trên BĐ1 0,2 m", "trên báo động một không phẩy hai mét")]
    [InlineData("tra cứu tại vanban.chinhphu.vn", "tra cứu tại Hệ thống văn bản của Chính phủ")]
    public void Normalize_TimesCodesRomanAndUnits_IssueExamples(string input, string expected) =>
        Assert.Equal(expected, Say(input));
}
