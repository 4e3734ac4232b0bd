using CchcPublisher.Channels;

namespace CchcPublisher.Plan;

/// <summary>
/// The "hình thức tuyên truyền" a plan lists: the channels this program publishes to (counted from the ledger)
/// and the offline forms officials record as activity files (counted from <c>content/activities</c>).
/// </summary>
internal static class PlanForms
{
    /// <summary>Ledger channel of a radio programme (one broadcast session of several articles); counted as a radio broadcast.</summary>
    public const string RadioProgramChannel = "radio-program";

    /// <summary>Ledger channel of one article read in a radio programme (not counted again for radio targets).</summary>
    public const string RadioBroadcastChannel = "radio-broadcast";

    public const string Meeting = "hoi-nghi";
    public const string VillageMeeting = "hop-thon";
    public const string OfficeMeeting = "hop-co-quan";
    public const string Visual = "pano-bang-ron";
    public const string Contest = "hoi-thi";
    public const string ProcedurePosting = "niem-yet-tthc";
    public const string VoterMeeting = "tiep-xuc-cu-tri";
    public const string Survey = "khao-sat";
    public const string Cultural = "van-nghe";
    public const string DigitalTeam = "cong-nghe-so-cong-dong";
    public const string Other = "khac";

    private static readonly Dictionary<string, string> ActivityLabels = new(StringComparer.Ordinal)
    {
        [Meeting] = "Hội nghị",
        [VillageMeeting] = "Họp thôn, tổ dân phố",
        [OfficeMeeting] = "Họp cơ quan, đơn vị",
        [Visual] = "Pano, áp phích, băng rôn, khẩu hiệu",
        [Contest] = "Hội thi, cuộc thi tìm hiểu",
        [ProcedurePosting] = "Niêm yết công khai thủ tục hành chính",
        [VoterMeeting] = "Tiếp xúc cử tri",
        [Survey] = "Khảo sát, phiếu lấy ý kiến",
        [Cultural] = "Hoạt động văn hóa, văn nghệ",
        [DigitalTeam] = "Tổ công nghệ số cộng đồng",
        ["toa-dam"] = "Tọa đàm",
        ["doi-thoai"] = "Đối thoại với Nhân dân, doanh nghiệp",
        ["hoi-dap"] = "Hỏi – đáp, giải đáp pháp luật",
        ["noi-chuyen-chuyen-de"] = "Nói chuyện chuyên đề",
        ["tap-huan"] = "Tập huấn, bồi dưỡng",
        ["hop-khu-dan-cu"] = "Họp khu dân cư",
        ["sinh-hoat-chi-bo"] = "Sinh hoạt chi bộ, đoàn thể",
        ["tiep-am"] = "Tiếp âm, tiếp sóng đài cấp trên",
        ["loa-thong-minh"] = "Loa thông minh (truyền thanh ứng dụng CNTT-VT)",
        ["youtube"] = "Kênh YouTube",
        ["zalo-nhom"] = "Nhóm Zalo",
        ["fanpage-cong-dong"] = "Trang Facebook cộng đồng",
        ["to-roi"] = "Tờ rơi, tờ gấp, tài liệu",
        ["tuyen-truyen-luu-dong"] = "Tuyên truyền lưu động, xe loa",
        ["bao-chi"] = "Báo, tạp chí, đài cấp trên",
        [Other] = "Hình thức khác",
    };

    /// <summary>Built-in offline forms with their Vietnamese labels, in display order (see <see cref="FormTaxonomy"/>).</summary>
    public static IReadOnlyList<(string Key, string Label)> BuiltInActivityForms { get; } = [.. ActivityLabels.Select(p => (p.Key, p.Value))];

    /// <summary>Offline forms, in display order.</summary>
    public static IReadOnlyList<string> ActivityForms { get; } = [.. ActivityLabels.Keys];

    /// <summary>Every form a plan may name: channels first, then offline forms.</summary>
    public static IReadOnlyList<string> All { get; } = [.. ChannelNames.All, .. ActivityForms];

    public static bool IsChannel(string form) => ChannelNames.All.Contains(form, StringComparer.Ordinal);

    /// <summary>Ledger channels that are not publishing channels (radio programmes), as reports list them.</summary>
    public static IReadOnlyList<string> ProgramChannels { get; } = [RadioProgramChannel, RadioBroadcastChannel];

    public static bool IsActivityForm(string form) => ActivityLabels.ContainsKey(form);

    /// <summary>
    /// Ledger channels whose entries count for a channel form. Radio counts each article once per confirmed
    /// broadcast (<c>radio-broadcast</c>); a script written (<c>radio</c>) or a program session is not a broadcast.
    /// </summary>
    public static IReadOnlyList<string> LedgerChannels(string channel) =>
        channel == ChannelNames.Radio ? [RadioBroadcastChannel] : [channel];

    public static string Label(string form) =>
        ActivityLabels.TryGetValue(form, out var label) ? label
        : form == RadioProgramChannel ? "Chương trình phát thanh (buổi phát)"
        : form == RadioBroadcastChannel ? "Tin, bài đọc trong chương trình phát thanh"
        : ChannelNames.Label(form);
}
