using CchcPublisher.Common;

namespace CchcPublisher.Content.Categories;

/// <summary>
/// The set of category keys articles may use. Built in (<see cref="BuiltIn"/>), replaced or extended by
/// <c>content/categories.yaml</c>.
/// </summary>
internal sealed class CategoryTaxonomy
{
    private readonly Dictionary<string, Category> _byKey;

    public CategoryTaxonomy(IEnumerable<Category> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        All = [.. categories];
        _byKey = All.ToDictionary(c => c.Key, StringComparer.Ordinal);
    }

    /// <summary>Categories in display order.</summary>
    public IReadOnlyList<Category> All { get; }

    /// <summary>The six reform areas of Nghị quyết 76/NQ-CP and the subjects the commune plans keep returning to.</summary>
    public static CategoryTaxonomy BuiltIn { get; } = new(
    [
        new("the-che", "Cải cách thể chế", true, "CaiCachTheChe"),
        new("thu-tuc-hanh-chinh", "Cải cách thủ tục hành chính", true, "ThuTucHanhChinh"),
        new("to-chuc-bo-may", "Cải cách tổ chức bộ máy hành chính nhà nước", true, "ToChucBoMay"),
        new("cong-vu", "Cải cách chế độ công vụ", true, "CongVu"),
        new("tai-chinh-cong", "Cải cách tài chính công", true, "TaiChinhCong"),
        new("chinh-quyen-so", "Xây dựng, phát triển chính quyền điện tử, chính quyền số", true, "ChinhQuyenSo"),
        new("chi-dao-dieu-hanh", "Công tác chỉ đạo, điều hành cải cách hành chính", false, "ChiDaoDieuHanh"),
        new("chu-truong-chinh-sach", "Chủ trương của Đảng, chính sách pháp luật của Nhà nước về CCHC", false, "ChinhSachCCHC"),
        new("dien-hinh-sang-kien", "Điển hình tiên tiến, sáng kiến, mô hình hay", false, "DienHinhSangKien"),
        new("chi-so-hai-long", "Chỉ số CCHC và sự hài lòng của người dân", false, "ChiSoCCHC"),
        new("dich-vu-cong-truc-tuyen", "Dịch vụ công trực tuyến, thanh toán trực tuyến", false, "DichVuCongTrucTuyen"),
        new("mot-cua", "Bộ phận một cửa, một cửa liên thông", false, "MotCua"),
        new("phan-anh-kien-nghi", "Tiếp nhận phản ánh, kiến nghị; đường dây nóng", false, "PhanAnhKienNghi"),
        new("quyen-nghia-vu-cong-dan", "Quyền, nghĩa vụ của người dân trong giám sát CCHC", false, "GiamSatCCHC"),
        new("de-an-06", "Đề án 06 về dữ liệu dân cư, định danh điện tử", false, "DeAn06"),
        new("chuyen-doi-so", "Chuyển đổi số, công nghệ số cộng đồng", false, "ChuyenDoiSo"),
    ]);

    public bool Contains(string key) => _byKey.ContainsKey(key);

    public Category? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>Vietnamese label of a key; the key itself when unknown (e.g. a category removed since publication).</summary>
    public string Label(string key) => _byKey.TryGetValue(key, out var c) ? c.Label : key;

    /// <summary>The nearest known key to a misspelt one, or <c>null</c>.</summary>
    public string? Suggest(string unknownKey) => NearestMatch.Find(unknownKey, _byKey.Keys);

    /// <summary>The Vietnamese error for a category key that does not exist: the nearest key, or the valid ones.</summary>
    public string UnknownKeyMessage(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var suggestion = Suggest(written.ToLowerInvariant());
        return $"Chuyên mục \"{written}\" không tồn tại. "
            + (suggestion is null
                ? $"Các mã chuyên mục hợp lệ: {string.Join(", ", All.Select(c => c.Key))}."
                : $"Có phải ý bạn là \"{suggestion}\" ({Label(suggestion)})?");
    }
}
