namespace CchcPublisher.Benchmarks.Corpus;

/// <summary>
/// Vietnamese building blocks for generated articles, in the register of commune CCHC communications
/// (the seed plans in shared/seeds). Combined at random they give text with realistic word lengths,
/// diacritics, punctuation and numbers, which is what the parser, renderers and speech code care about.
/// </summary>
internal static class Phrases
{
    public static readonly string[] TitleOpenings =
    [
        "Hướng dẫn", "Thông báo về việc", "Tuyên truyền", "Kết quả", "Kế hoạch", "Triển khai",
        "Đẩy mạnh", "Nâng cao hiệu quả", "Tăng cường", "Người dân cần biết về", "Hỏi đáp về", "Tổng kết",
    ];

    public static readonly string[] TitleSubjects =
    [
        "nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia",
        "cấp định danh điện tử và kích hoạt tài khoản VNeID mức 2",
        "thanh toán phí, lệ phí không dùng tiền mặt",
        "tiếp nhận hồ sơ tại Bộ phận một cửa xã",
        "đăng ký khai sinh, thường trú, cấp thẻ BHYT cho trẻ dưới 6 tuổi",
        "chứng thực bản sao điện tử từ bản chính",
        "cải cách hành chính nhà nước năm 2026",
        "Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính",
        "chuyển đổi số cộng đồng tại các thôn, tổ dân phố",
        "thực hiện Đề án 06 về dữ liệu dân cư",
        "tiếp nhận phản ánh, kiến nghị qua đường dây nóng",
        "mô hình \"Công dân số\" ở thôn Đông",
        "sắp xếp tổ chức bộ máy, tinh gọn đầu mối",
        "kỷ luật, kỷ cương hành chính trong thực thi công vụ",
        "quản lý tài chính công và công khai ngân sách xã",
        "xây dựng chính quyền số cấp xã",
    ];

    public static readonly string[] SentenceSubjects =
    [
        "Ủy ban nhân dân xã", "Bộ phận tiếp nhận và trả kết quả", "Công chức Văn phòng - Thống kê",
        "Tổ công nghệ số cộng đồng", "Công an xã", "Các thôn, tổ dân phố", "Đoàn Thanh niên xã",
        "Hội Liên hiệp Phụ nữ", "Người dân và doanh nghiệp", "Đội ngũ cán bộ, công chức",
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Trưởng thôn",
    ];

    public static readonly string[] SentenceVerbs =
    [
        "tiếp tục đẩy mạnh", "tổ chức tuyên truyền", "hướng dẫn người dân thực hiện", "chủ động triển khai",
        "phối hợp kiểm tra", "nâng cao chất lượng", "công khai đầy đủ", "rà soát, đơn giản hóa",
        "tăng cường giám sát", "kịp thời giải quyết", "duy trì thường xuyên", "đánh giá kết quả",
    ];

    public static readonly string[] SentenceObjects =
    [
        "các thủ tục hành chính thuộc thẩm quyền giải quyết của xã",
        "việc nộp hồ sơ trực tuyến toàn trình",
        "việc thanh toán trực tuyến nghĩa vụ tài chính",
        "quy trình tiếp nhận, xử lý phản ánh, kiến nghị của người dân",
        "tài khoản định danh điện tử mức 2 cho người từ 14 tuổi trở lên",
        "bộ thủ tục hành chính niêm yết tại trụ sở",
        "các nhiệm vụ cải cách hành chính năm 2026",
        "ứng dụng công nghệ thông tin trong giải quyết công việc",
        "thái độ, tác phong phục vụ của cán bộ, công chức",
        "hồ sơ quá hạn và nguyên nhân chậm trễ",
        "việc số hóa kết quả giải quyết thủ tục hành chính",
        "chương trình phát thanh chuyên mục cải cách hành chính",
    ];

    public static readonly string[] SentenceEndings =
    [
        "theo đúng quy định của pháp luật",
        "nhằm tạo thuận lợi tối đa cho người dân và doanh nghiệp",
        "trong quý IV năm 2026",
        "trên địa bàn toàn xã",
        "đảm bảo công khai, minh bạch",
        "góp phần nâng cao Chỉ số cải cách hành chính của xã",
        "theo Kế hoạch số 125/KH-UBND ngày 15/01/2026",
        "với tỷ lệ đạt trên 95%",
        "từ ngày 01/3/2026",
        "qua hệ thống loa truyền thanh và nhóm Zalo của thôn",
    ];

    public static readonly string[] Headings =
    [
        "Mục đích, yêu cầu", "Nội dung thực hiện", "Các bước thực hiện", "Thời gian và địa điểm",
        "Hồ sơ cần chuẩn bị", "Kết quả đạt được", "Tồn tại, hạn chế", "Nhiệm vụ trong thời gian tới",
        "Tổ chức thực hiện", "Lưu ý đối với người dân", "Thông tin liên hệ", "Câu hỏi thường gặp",
    ];

    public static readonly string[] ListItems =
    [
        "Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID",
        "Chọn thủ tục cần thực hiện và điền tờ khai điện tử",
        "Đính kèm bản chụp căn cước công dân và giấy tờ liên quan",
        "Thanh toán lệ phí trực tuyến qua ngân hàng hoặc ví điện tử",
        "Theo dõi tình trạng hồ sơ bằng mã số được gửi qua tin nhắn",
        "Nhận kết quả tại Bộ phận một cửa hoặc qua dịch vụ bưu chính công ích",
        "Sổ hộ khẩu giấy không còn giá trị sử dụng từ ngày 01/01/2023",
        "Thời gian giải quyết rút ngắn từ 5 ngày xuống còn 3 ngày làm việc",
        "Mọi phản ánh xin gửi về số điện thoại đường dây nóng 0234 3123 456",
        "Không thu thêm bất kỳ khoản phí nào ngoài quy định",
        "Ưu tiên người cao tuổi, người khuyết tật và phụ nữ mang thai",
        "Tổ công nghệ số cộng đồng hỗ trợ tại nhà văn hóa thôn vào sáng thứ Bảy",
    ];

    public static readonly string[] Authors =
    [
        "Văn phòng - Thống kê", "Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Thị Hoa", "Phạm Minh Tuấn",
        "Bộ phận một cửa", "Đài truyền thanh xã",
    ];

    public static readonly string[] PlanTasks =
    [
        "II.1 Tuyên truyền thủ tục hành chính", "II.2 Tuyên truyền chính quyền số", "II.3 Tuyên truyền Đề án 06",
        "II.4 Phổ biến chính sách CCHC", "II.5 Nêu gương điển hình",
    ];

    public static readonly string[] Procedures =
    [
        "Đăng ký khai sinh", "Đăng ký kết hôn", "Chứng thực bản sao", "Đăng ký thường trú",
        "Cấp bản sao trích lục hộ tịch", "Xác nhận tình trạng hôn nhân", "Đăng ký khai tử",
    ];

    public static readonly string[] Durations = ["Trong ngày", "1 ngày làm việc", "3 ngày làm việc", "5 ngày làm việc"];
}
