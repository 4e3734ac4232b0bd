using CchcPublisher.Speech;

namespace CchcPublisher.UnitTests.Speech;

/// <summary>
/// Normalization cases. Many come from the reference pairs of public normalizers (NeMo, pyvinorm,
/// CodeLinkIO, VieNeu, vietnormalizer), adjusted to this project's documented choices (linh, tư, không trăm,
/// "ngày" added before dates, "phút" after minutes); the rest are sentences from the five seed plans.
/// </summary>
public sealed class SpeechNormalizerTests
{
    private static string Say(string text) => SpeechNormalizer.Default.Normalize(text);

    [Theory]
    [InlineData("Tôi có 9.999 cái áo.", "Tôi có chín nghìn chín trăm chín mươi chín cái áo.")]
    [InlineData("Từ năm 2021 đến nay", "Từ năm hai nghìn không trăm hai mươi mốt đến nay")]
    [InlineData("kể từ năm 2017", "kể từ năm hai nghìn không trăm mười bảy")]
    [InlineData("1.105 hồ sơ", "một nghìn một trăm linh năm hồ sơ")]
    [InlineData("05 nhóm tiện ích", "năm nhóm tiện ích")]
    [InlineData("chính quyền địa phương 02 cấp", "chính quyền địa phương hai cấp")]
    [InlineData("gồm có 06 nội dung", "gồm có sáu nội dung")]
    [InlineData("24 mô hình", "hai mươi tư mô hình")]
    [InlineData("học sinh cấp 2", "học sinh cấp hai")]
    [InlineData("mức độ 3, mức độ 4", "mức độ ba, mức độ bốn")]
    [InlineData("6 tháng cuối năm 2025", "sáu tháng cuối năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("Nhiệt độ -5", "Nhiệt độ âm năm")]
    [InlineData("1.234,56", "một nghìn hai trăm ba mươi tư phẩy năm mươi sáu")]
    [InlineData("1.409.234,5680", "một triệu bốn trăm linh chín nghìn hai trăm ba mươi tư phẩy năm sáu tám không")]
    [InlineData("0,0001", "không phẩy không không không một")]
    [InlineData("3,14", "ba phẩy mười bốn")]
    [InlineData("1,002", "một phẩy không không hai")]
    [InlineData("Công trình cao 7,9 m", "Công trình cao bảy phẩy chín mét")]
    [InlineData("mục 3.1 và 2.1.3", "mục ba chấm một và hai chấm một chấm ba")]
    [InlineData("cách mạng công nghiệp 4.0", "cách mạng công nghiệp bốn chấm không")]
    [InlineData("Đề án 06 và Chỉ thị 04", "Đề án không sáu và Chỉ thị không bốn")]
    [InlineData("mã bưu chính 700000", "mã bưu chính bảy không không không không không")]
    public void Normalize_Numbers_ReadAsVietnameseSpeakersDo(string input, string expected) =>
        Assert.Equal(expected, Say(input));

    [Theory]
    [InlineData("thứ 1", "thứ nhất")]
    [InlineData("thứ 4", "thứ tư")]
    [InlineData("thứ 24", "thứ hai mươi tư")]
    [InlineData("Thứ 2 hằng tuần", "Thứ hai hằng tuần")]
    [InlineData("xếp hạng 1", "xếp hạng nhất")]
    [InlineData("lần thứ IV", "lần thứ tư")]
    [InlineData("kỳ họp thứ IX", "kỳ họp thứ chín")]
    [InlineData("thế kỷ XXI", "thế kỷ hai mươi mốt")]
    [InlineData("khóa XV", "khóa mười lăm")]
    [InlineData("khoản III", "khoản ba")]
    [InlineData("phụ lục XII", "phụ lục mười hai")]
    [InlineData("Phần III", "Phần ba")]
    [InlineData("Chương IV, Mục V", "Chương bốn, Mục năm")]
    [InlineData("Quý III", "Quý ba")]
    [InlineData("Quý III, quý IV năm 2025", "Quý ba, quý bốn năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("Quý III/2024", "Quý ba năm hai nghìn không trăm hai mươi tư")]
    [InlineData("quý II/2021", "quý hai năm hai nghìn không trăm hai mươi mốt")]
    [InlineData("quý III.2021", "quý ba năm hai nghìn không trăm hai mươi mốt")]
    [InlineData("quý I-2021", "quý một năm hai nghìn không trăm hai mươi mốt")]
    [InlineData("quý 02/2021", "quý hai năm hai nghìn không trăm hai mươi mốt")]
    [InlineData("Đại hội XIII của Đảng", "Đại hội mười ba của Đảng")]
    [InlineData("chữ V", "chữ V")]
    [InlineData("II. NỘI DUNG", "hai. nội dung")]
    public void Normalize_OrdinalsAndRomanNumerals_AfterTheirKeywords(string input, string expected) =>
        Assert.Equal(expected, Say(input));

    [Theory]
    [InlineData("ngày 10/3/2025", "ngày mười tháng ba năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("ngày 15/7/2021", "ngày mười lăm tháng bảy năm hai nghìn không trăm hai mươi mốt")]
    [InlineData("ngày 02/9/2021", "ngày hai tháng chín năm hai nghìn không trăm hai mươi mốt")]
    [InlineData("02/9/1945", "ngày hai tháng chín năm một nghìn chín trăm bốn mươi lăm")]
    [InlineData("20.6.2025", "ngày hai mươi tháng sáu năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("24 - 7 - 2002", "ngày hai mươi tư tháng bảy năm hai nghìn không trăm linh hai")]
    [InlineData("27/02/2001", "ngày hai mươi bảy tháng hai năm hai nghìn không trăm linh một")]
    [InlineData("ngày 15/01/2024", "ngày mười lăm tháng một năm hai nghìn không trăm hai mươi tư")]
    [InlineData("ngày 14/4 hàng năm", "ngày mười bốn tháng tư hàng năm")]
    [InlineData("rạng sáng 30/04", "rạng sáng ngày ba mươi tháng tư")]
    [InlineData("sáng mùng 8/3", "sáng mùng tám tháng ba")]
    [InlineData("tháng 01/2025", "tháng một năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("04/2021", "tháng tư năm hai nghìn không trăm hai mươi mốt")]
    [InlineData("tháng 4 năm nay", "tháng tư năm nay")]
    [InlineData("ngày 31 tháng 7 năm 2025", "ngày ba mươi mốt tháng bảy năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("Hôm nay (2/9/2021), tôi đã được đi chơi.", "Hôm nay, ngày hai tháng chín năm hai nghìn không trăm hai mươi mốt, tôi đã được đi chơi.")]
    [InlineData("từ 20/4 đến 30/6", "từ ngày hai mươi tháng tư đến ngày ba mươi tháng sáu")]
    [InlineData("từ 01-12/2025", "từ tháng một đến tháng mười hai năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("từ 02/2023 - 11/2024", "từ tháng hai năm hai nghìn không trăm hai mươi ba đến tháng mười một năm hai nghìn không trăm hai mươi tư")]
    [InlineData("27-28/02/2000", "ngày hai mươi bảy đến ngày hai mươi tám tháng hai năm hai nghìn")]
    [InlineData("Từ ngày 1-2/09, tôi được nghỉ lễ.", "Từ ngày một đến ngày hai tháng chín, tôi được nghỉ lễ.")]
    [InlineData("diễn ra từ ngày 26-28/6/2022", "diễn ra từ ngày hai mươi sáu đến ngày hai mươi tám tháng sáu năm hai nghìn không trăm hai mươi hai")]
    [InlineData("Hôm nay là 25/12/2023, lúc 14:30", "Hôm nay là ngày hai mươi lăm tháng mười hai năm hai nghìn không trăm hai mươi ba, lúc mười bốn giờ ba mươi phút")]
    [InlineData("32/02/2001", "ba mươi hai trên hai trên hai nghìn không trăm linh một")]
    [InlineData("ngày 29/2/2023", "ngày hai mươi chín trên hai trên hai nghìn không trăm hai mươi ba")]
    [InlineData("ngày 29/2/2024", "ngày hai mươi chín tháng hai năm hai nghìn không trăm hai mươi tư")]
    [InlineData("Kèm theo Kế hoạch số /KH-UBND ngày /8/2025", "Kèm theo Kế hoạch tháng tám năm hai nghìn không trăm hai mươi lăm")]
    [InlineData("Bình Minh, ngày       tháng 01 năm 2022", "Bình Minh, ngày tháng một năm hai nghìn không trăm hai mươi hai")]
    public void Normalize_Dates_NgayThangNam(string input, string expected) =>
        Assert.Equal(expected, Say(input));

    [Theory]
    [InlineData("17h30", "mười bảy giờ ba mươi phút")]
    [InlineData("17h30p", "mười bảy giờ ba mươi phút")]
    [InlineData("07:30", "bảy giờ ba mươi phút")]
    [InlineData("14g30", "mười bốn giờ ba mươi phút")]
    [InlineData("09h05", "chín giờ năm phút")]
    [InlineData("00:30", "không giờ ba mươi phút")]
    [InlineData("23h", "hai mươi ba giờ")]
    [InlineData("24g", "hai mươi tư giờ")]
    [InlineData("21g26p", "hai mươi mốt giờ hai mươi sáu phút")]
    [InlineData("12:00", "mười hai giờ")]
    [InlineData("10:30:15", "mười giờ ba mươi phút mười lăm giây")]
    [InlineData("8 giờ 30 phút", "tám giờ ba mươi phút")]
    [InlineData("9h20p- 10h30", "chín giờ hai mươi phút đến mười giờ ba mươi phút")]
    [InlineData("10:00-11:00", "mười giờ đến mười một giờ")]
    [InlineData("từ 7h30 đến 11h30 các ngày làm việc", "từ bảy giờ ba mươi phút đến mười một giờ ba mươi phút các ngày làm việc")]
    [InlineData("25:00", "hai mươi lăm: không")]
    public void Normalize_Times_GioPhut(string input, string expected) =>
        Assert.Equal(expected, Say(input));

    [Theory]
    [InlineData("giai đoạn 2021-2030", "giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm ba mươi")]
    [InlineData("giai đoạn 2021 - 2025", "giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm")]
    [InlineData("giai đoạn 2021- 2030", "giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm ba mươi")]
    [InlineData("1873-1907", "một nghìn tám trăm bảy mươi ba đến một nghìn chín trăm linh bảy")]
    [InlineData("700-900", "bảy trăm đến chín trăm")]
    [InlineData("0,5-0,9", "không phẩy năm đến không phẩy chín")]
    [InlineData("từ 1-2", "từ một đến hai")]
    [InlineData("trong 2-3 ngày", "trong hai đến ba ngày")]
    [InlineData("3-5% dân số", "ba đến năm phần trăm dân số")]
    [InlineData("10k-20k", "mười nghìn đến hai mươi nghìn")]
    [InlineData("50.000đ-100.000đ", "năm mươi nghìn đến một trăm nghìn đồng")]
    public void Normalize_Ranges_ReadWithDen(string input, string expected) =>
        Assert.Equal(expected, Say(input));

    [Theory]
    [InlineData("50%", "năm mươi phần trăm")]
    [InlineData("đạt 98,5%", "đạt chín mươi tám phẩy năm phần trăm")]
    [InlineData("tăng 6,5%", "tăng sáu phẩy năm phần trăm")]
    [InlineData("15,4% xuống còn 8,3%", "mười lăm phẩy bốn phần trăm xuống còn tám phẩy ba phần trăm")]
    [InlineData("đạt trên 90%.", "đạt trên chín mươi phần trăm.")]
    [InlineData("100% hồ sơ", "một trăm phần trăm hồ sơ")]
    [InlineData("12.345 đồng", "mười hai nghìn ba trăm bốn mươi lăm đồng")]
    [InlineData("1.234.567₫", "một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng")]
    [InlineData("10k VND", "mười nghìn đồng")]
    [InlineData("1tr5 vnd", "một triệu năm trăm nghìn đồng")]
    [InlineData("50.000đ/ngày", "năm mươi nghìn đồng một ngày")]
    [InlineData("10.000,50 đồng", "mười nghìn phẩy năm mươi đồng")]
    [InlineData("500 VND", "năm trăm đồng")]
    [InlineData("5 triệu VND", "năm triệu đồng")]
    [InlineData("1,5 tỷ đồng", "một phẩy năm tỷ đồng")]
    [InlineData("Tôi có 9.000.000 đồng.", "Tôi có chín triệu đồng.")]
    [InlineData("Giá 50.000đ cho mỗi người", "Giá năm mươi nghìn đồng cho mỗi người")]
    [InlineData("lệ phí 30.000 VNĐ/hồ sơ", "lệ phí ba mươi nghìn đồng một hồ sơ")]
    [InlineData("85/100 điểm", "tám mươi lăm trên một trăm điểm")]
    [InlineData("hoàn thành 9/10 chỉ tiêu", "hoàn thành chín trên mười chỉ tiêu")]
    public void Normalize_PercentMoneyScores_SpokenUnits(string input, string expected) =>
        Assert.Equal(expected, Say(input));

    [Theory]
    [InlineData("40°C", "bốn mươi độ xê")]
    [InlineData("120km/h", "một trăm hai mươi ki lô mét trên giờ")]
    [InlineData("8,5m2", "tám phẩy năm mét vuông")]
    [InlineData("1ha", "một héc ta")]
    [InlineData("1,5 ha", "một phẩy năm héc ta")]
    [InlineData("Thu hồi hơn 81.000 m2 đất, kế bên khu đất 43 ha", "Thu hồi hơn tám mươi mốt nghìn mét vuông đất, kế bên khu đất bốn mươi ba héc ta")]
    [InlineData("Tốc độ 120km/h, diện tích 500m2", "Tốc độ một trăm hai mươi ki lô mét trên giờ, diện tích năm trăm mét vuông")]
    [InlineData("đường dài 3 km", "đường dài ba ki lô mét")]
    [InlineData("20 hộ dân", "hai mươi hộ dân")]
    [InlineData("5 mô hình", "năm mô hình")]
    [InlineData("diện tích 120 m²", "diện tích một trăm hai mươi mét vuông")]
    public void Normalize_Units_ClosedListOnly(string input, string expected) =>
        Assert.Equal(expected, Say(input));

    [Theory]
    [InlineData("Nghị quyết số 76/NQ-CP của Chính phủ", "Nghị quyết số bảy mươi sáu của Chính phủ")]
    [InlineData("Nghị quyết số 76/NQ-CP ban hành Chương trình", "Nghị quyết số bảy mươi sáu của Chính phủ ban hành Chương trình")]
    [InlineData("Chỉ thị số 23/CT-TTg về đẩy mạnh", "Chỉ thị số hai mươi ba của Thủ tướng Chính phủ về đẩy mạnh")]
    [InlineData("Công văn số 4625/BNV-CCHC về việc", "Công văn số bốn nghìn sáu trăm hai mươi lăm của Bộ Nội vụ về việc")]
    [InlineData("Kế hoạch số 12/KH-UBND", "Kế hoạch số mười hai của Ủy ban nhân dân")]
    [InlineData("theo 76/NQ-CP", "theo Nghị quyết số bảy mươi sáu của Chính phủ")]
    [InlineData("Nghị quyết 76/NQ-CP", "Nghị quyết số bảy mươi sáu của Chính phủ")]
    [InlineData("Nghị định số 61/2018/NĐ-CP về cơ chế một cửa", "Nghị định số sáu mươi mốt năm hai nghìn không trăm mười tám của Chính phủ về cơ chế một cửa")]
    [InlineData("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ", "Nghị định số sáu mươi mốt ngày hai mươi ba tháng tư năm hai nghìn không trăm mười tám của Chính phủ")]
    [InlineData("Nghị quyết số 57-NQ/TW", "Nghị quyết số năm mươi bảy của Trung ương")]
    [InlineData("Nghị quyết số 57- NQ/TW và các chương trình", "Nghị quyết số năm mươi bảy của Trung ương và các chương trình")]
    [InlineData("Kế hoạch hành động số 22-KH/TU ngày 23/7/2021 của BCH Đảng bộ tỉnh", "Kế hoạch hành động số hai mươi hai ngày hai mươi ba tháng bảy năm hai nghìn không trăm hai mươi mốt của Ban Chấp hành Đảng bộ tỉnh")]
    [InlineData("Quyết định số 212-QĐ/TU, ngày 07/4/2021 của BCH Đảng bộ thành phố", "Quyết định số hai trăm mười hai, ngày bảy tháng tư năm hai nghìn không trăm hai mươi mốt của Ban Chấp hành Đảng bộ thành phố")]
    [InlineData("Thông tư số 26/2009/TT-BTTTT, ngày 31/7/2009 của Bộ Thông tin", "Thông tư số hai mươi sáu, ngày ba mươi mốt tháng bảy năm hai nghìn không trăm linh chín của Bộ Thông tin")]
    [InlineData("Nghị quyết số 30c/NQ-CP của Chính phủ", "Nghị quyết số ba mươi xê của Chính phủ")]
    [InlineData("Kế hoạch số 05/KH-UBND", "Kế hoạch số năm của Ủy ban nhân dân")]
    [InlineData("Kế hoạch số: 14/KH-UBND ngày 05/01/2023 của Chủ tịch UBND thành phố", "Kế hoạch số mười bốn ngày năm tháng một năm hai nghìn không trăm hai mươi ba của Chủ tịch Ủy ban nhân dân thành phố")]
    [InlineData("Quyết định số 709/KH-UBND ngày 31 tháng 7 năm 2025 của Ủy ban nhân dân xã", "Quyết định số bảy trăm linh chín ngày ba mươi mốt tháng bảy năm hai nghìn không trăm hai mươi lăm của Ủy ban nhân dân xã")]
    [InlineData("Nghị định số 43/2011/NĐ- CP, ngày 13/6/2011", "Nghị định số bốn mươi ba của Chính phủ, ngày mười ba tháng sáu năm hai nghìn không trăm mười một")]
    [InlineData("Quyết định số 1291/QĐ-TTg", "Quyết định số một nghìn hai trăm chín mươi mốt của Thủ tướng Chính phủ")]
    [InlineData("Số: /KH-UBND", "")]
    public void Normalize_DocumentSymbols_NumberAsWordsIssuerNamed(string input, string expected) =>
        Assert.Equal(expected, Say(input));

    [Theory]
    [InlineData("Liên hệ qua số 0123-456-789", "Liên hệ qua số không một hai ba, bốn năm sáu, bảy tám chín")]
    [InlineData("0908.144.144", "không chín không tám, một bốn bốn, một bốn bốn")]
    [InlineData("1900 1234", "một chín không không, một hai ba bốn")]
    [InlineData("1800.1090", "một tám không không, một không chín không")]
    [InlineData("Số điện thoại của tôi là +84 123 456 7890", "Số điện thoại của tôi là cộng tám bốn, một hai ba, bốn năm sáu, bảy tám chín không")]
    [InlineData("SĐT: 0987654321", "số điện thoại: không chín tám bảy, sáu năm bốn, ba hai một")]
    [InlineData("0912345678", "không chín một hai, ba bốn năm, sáu bảy tám")]
    [InlineData("Đường dây nóng: 0225.3851.234", "Đường dây nóng: không hai hai năm, ba tám năm một, hai ba bốn")]
    [InlineData("Chủ tịch xã: 0210 3 861 234.", "Chủ tịch xã: không hai một không, ba, tám sáu một, hai ba bốn.")]
    [InlineData("Có 05 3 nhóm.", "Có năm ba nhóm.")]
    [InlineData("hotline 19001234", "đường dây nóng một chín không không, một hai ba bốn")]
    [InlineData("gọi 113", "gọi một một ba")]
    [InlineData("Tổng đài 1022", "Tổng đài một không hai hai")]
    public void Normalize_Phones_DigitByDigitInGroups(string input, string expected) =>
        Assert.Equal(expected, Say(input));

    [Theory]
    [InlineData("UBND", "Ủy ban nhân dân")]
    [InlineData("HĐND xã", "Hội đồng nhân dân xã")]
    [InlineData("Tuyên truyền CCHC", "Tuyên truyền cải cách hành chính")]
    [InlineData("giải quyết TTHC", "giải quyết thủ tục hành chính")]
    [InlineData("đạo đức công vụ của CBCCVC", "đạo đức công vụ của cán bộ, công chức, viên chức")]
    [InlineData("MTTQ, các đoàn thể", "Mặt trận Tổ quốc, các đoàn thể")]
    [InlineData("Trung tâm PVHCC xã", "Trung tâm Phục vụ hành chính công xã")]
    [InlineData("cổng DVC", "cổng dịch vụ công")]
    [InlineData("ứng dụng CNTT", "ứng dụng công nghệ thông tin")]
    [InlineData("Phòng VH-XH", "Phòng Văn hóa, Xã hội")]
    [InlineData("Phòng VH-TT", "Phòng Văn hóa, Thông tin")]
    [InlineData("Trung tâm VH-TT&TT thị xã", "Trung tâm Văn hóa, Thông tin và Thể thao thị xã")]
    [InlineData("Văn phòng HĐND&UBND xã", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã")]
    [InlineData("TTĐU-HĐND-UBND phường (b/c)", "Thường trực Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân phường, báo cáo")]
    [InlineData("MTTQ, các đoàn thể (p/h t/h);", "Mặt trận Tổ quốc, các đoàn thể, phối hợp thực hiện;")]
    [InlineData("- L/đao VP thị xã, C/v phụ trách;", "lãnh đạo Văn phòng thị xã, chuyên viên phụ trách;")]
    [InlineData("Lưu: VT, VHXH.", "Lưu: văn thư, Văn hóa, Xã hội.")]
    [InlineData("TM. ỦY BAN NHÂN DÂN", "thay mặt ủy ban nhân dân")]
    [InlineData("KT. CHỦ TỊCH", "ký thay chủ tịch")]
    [InlineData("- CT, PCT UBND thị xã;", "Chủ tịch, Phó Chủ tịch Ủy ban nhân dân thị xã;")]
    [InlineData("v/v học sinh A", "về việc học sinh A")]
    [InlineData("đ/c Chủ tịch", "đồng chí Chủ tịch")]
    [InlineData("UBND TPHCM, TP.HCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh, Thành phố Hồ Chí Minh")]
    [InlineData("tốt nghiệp THPT", "tốt nghiệp trung học phổ thông")]
    [InlineData("cải cách hành chính (CCHC) nhà nước", "cải cách hành chính nhà nước")]
    [InlineData("trí tuệ nhân tạo (AI), trợ lý ảo", "trí tuệ nhân tạo, trợ lý ảo")]
    [InlineData("cải thiện các chỉ số PAR INDEX, PAPI, SIPAS", "cải thiện các chỉ số cải cách hành chính, Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh, Chỉ số hài lòng về sự phục vụ hành chính")]
    [InlineData("WTO, BBC", "vê kép tê o, bê bê xê")]
    [InlineData("KẾ HOẠCH", "kế hoạch")]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "cộng hòa xã hội chủ nghĩa việt nam")]
    [InlineData("Hội thi G7", "Hội thi giê bảy")]
    public void Normalize_Abbreviations_ExpandedOrSpelledInVietnamese(string input, string expected) =>
        Assert.Equal(expected, Say(input));

    [Theory]
    [InlineData("Truy cập https://dichvucong.gov.vn/p/home/dvc-trang-chu.html để nộp hồ sơ.", "Truy cập Cổng Dịch vụ công quốc gia để nộp hồ sơ.")]
    [InlineData("Xem tại www.hoaan.gov.vn.", "Xem tại hoa an chấm gờ o vê chấm vi en.")]
    [InlineData("Website www.google.com rất hữu ích.", "Trang web gu gồ chấm com rất hữu ích.")]
    [InlineData("https://vietnamnet.vn", "viet nam net chấm vi en")]
    [InlineData("Email của tôi là abc@gmail.com", "Thư điện tử của tôi là a bê xê a còng gờ meo chấm com")]
    [InlineData("gửi về ubnd.hoaan@hoaan.gov.vn.", "gửi về u bê en nờ dê chấm hoa an a còng hoa an chấm gờ o vê chấm vi en.")]
    [InlineData("xem thêm tại chinhphu.vn/tin-tuc", "xem thêm tại Cổng thông tin điện tử Chính phủ")]
    public void Normalize_WebAddresses_SpokenReadably(string input, string expected) =>
        Assert.Equal(expected, Say(input));

    [Theory]
    [InlineData("“cầm tay chỉ việc”", "cầm tay chỉ việc")]
    [InlineData("kinh tế - xã hội", "kinh tế, xã hội")]
    [InlineData("kinh tế – xã hội", "kinh tế, xã hội")]
    [InlineData("Văn phòng Đảng ủy- Nội vụ", "Văn phòng Đảng ủy, Nội vụ")]
    [InlineData("Cổng/Trang thông tin điện tử", "Cổng, Trang thông tin điện tử")]
    [InlineData("lý luận chính trị,...Tuyên truyền", "lý luận chính trị vân vân. Tuyên truyền")]
    [InlineData("trợ lý ảo… để truyền thông", "trợ lý ảo, để truyền thông")]
    [InlineData("nghiêm túc triển khai thực hiện./.", "nghiêm túc triển khai thực hiện.")]
    [InlineData("a) Tuyên truyền, phổ biến", "Tuyên truyền, phổ biến")]
    [InlineData("kỳ (quý, 6 tháng, năm), gửi UBND xã", "kỳ, quý, sáu tháng, năm, gửi Ủy ban nhân dân xã")]
    [InlineData("Thông tin *quan trọng* & #tin_moi", "Thông tin quan trọng và tin moi")]
    [InlineData("dòng một\ndòng 2", "dòng một\ndòng hai")]
    [InlineData("mức độ 2. + Ủy ban nhân dân các xã", "mức độ hai. Ủy ban nhân dân các xã")]
    public void Normalize_Symbols_BecomeWordsOrPauses(string input, string expected) =>
        Assert.Equal(expected, Say(input));

    [Theory]
    [InlineData("105", "một trăm lẻ năm")]
    [InlineData("ngày 24/4/2024", "ngày hai mươi bốn tháng tư năm hai ngàn không trăm hai mươi bốn")]
    public void Normalize_SouthernStyle_FollowsOptions(string input, string expected)
    {
        var normalizer = new SpeechNormalizer(new CchcPublisher.Speech.Passes.SpeechContext(
            new NumberStyle("lẻ", UseTu: false, Thousand: "ngàn"), CchcPublisher.Speech.Lexicon.SpeechLexiconLoader.BuiltIn));

        Assert.Equal(expected, normalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_EmptyText_ReturnsEmpty() => Assert.Equal(string.Empty, Say("   "));
}
