using System.ComponentModel.DataAnnotations;
using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Channels.Radio.Tts;
using CchcPublisher.Speech.Scripts;

namespace CchcPublisher.Channels.Radio;

/// <summary>The commune radio (loa truyền thanh): scripts, reading pace, broadcast slots, programs, audio.</summary>
internal sealed class RadioOptions
{
    public const string SectionName = "Channels:Radio";

    /// <summary>Placeholders the station texts may use.</summary>
    public static readonly IReadOnlyList<string> Placeholders = ["{dai}", "{chuyenmuc}", "{buoi}", "{ngay}", "{noidung}"];

    /// <summary>Folder for per-article scripts; relative paths resolve against <c>Paths:Data</c>. Default <c>radio</c>.</summary>
    [Required]
    public string Folder { get; set; } = "radio";

    /// <summary>Folder for programs, relative to <see cref="Folder"/>. Default <c>programs</c>.</summary>
    [Required]
    public string ProgramFolder { get; set; } = "programs";

    /// <summary>
    /// Announcer's pace in Vietnamese words (= syllables) per minute, used for every duration estimate. Default
    /// 210: loudspeaker reading is slower than VOV news (≈233). Set it to the TTS engine's pace when one reads.
    /// </summary>
    [Range(100, 400)]
    public int WordsPerMinute { get; set; } = 210;

    /// <summary>Silence between paragraphs (SSML break, WAV silence). Default 0.8 s; at most 10 s.</summary>
    public TimeSpan ParagraphPause { get; set; } = TimeSpan.FromMilliseconds(800);

    /// <summary>Silence before and after each program part (opening, items, closing). Default 1.5 s; at most 10 s.</summary>
    public TimeSpan ItemPause { get; set; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>
    /// Largest TTS request, in characters of plain text. Default 2,000 (Zalo AI, the smallest common limit;
    /// FPT.AI takes 5,000; for Google's 5,000-byte limit use about 1,500).
    /// </summary>
    [Range(200, 100_000)]
    public int ChunkCharacters { get; set; } = 2000;

    /// <summary>
    /// Daily broadcast sessions. Empty in configuration means the defaults: <c>sang</c> 06:00 and <c>chieu</c>
    /// 17:00, 15 minutes each (the Hà Nội rule for urban wards; rural communes may run 45 minutes).
    /// </summary>
    public List<BroadcastSlot> Slots { get; set; } = [];

    /// <summary>How long an item may wait for a slot before it is no longer news. Default 7 days.</summary>
    public TimeSpan CarryOverWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// False (default): a program counts as broadcast only when the operator confirms it aired
    /// (<c>radio confirm --date --slot [--items …]</c>). True: a program still unconfirmed when its slot has
    /// ended is taken as aired in full. Reports say which rule applied.
    /// </summary>
    public bool AutoConfirmBroadcast { get; set; }

    /// <summary>How long before a slot the service prepares its program (used by the scheduler). Default 30 minutes.</summary>
    public TimeSpan PrepareAhead { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Station name read on air; empty means "Đài truyền thanh" + the commune name without "UBND".</summary>
    public string? StationName { get; set; }

    /// <summary>Name of the column, read in the opening and closing words.</summary>
    [Required]
    public string ProgramName { get; set; } = "Chuyên mục Cải cách hành chính";

    /// <summary>Opening words. Placeholders: {dai} station, {chuyenmuc} column, {buoi} slot label, {ngay} date, {noidung} item titles.</summary>
    [Required]
    public string Opening { get; set; } =
        "Đây là {dai}. Kính thưa quý vị và bà con nhân dân! Mời quý vị và các bạn đón nghe {chuyenmuc} buổi {buoi} hôm nay, {ngay}.\n\n" +
        "Chương trình hôm nay gồm các nội dung: {noidung}.";

    /// <summary>Words between two items.</summary>
    [Required]
    public string Transition { get; set; } = "Tiếp theo chương trình, mời quý vị và các bạn nghe bài.";

    /// <summary>Closing words (same placeholders as <see cref="Opening"/>).</summary>
    [Required]
    public string Closing { get; set; } =
        "{chuyenmuc} buổi {buoi} hôm nay đến đây là kết thúc. {dai} xin cảm ơn quý vị và các bạn đã chú ý lắng nghe. Xin kính chào và hẹn gặp lại.";

    public TtsOptions Tts { get; set; } = new();

    public SpeechPace Pace => new(WordsPerMinute);

    /// <summary>The configured slots, or the defaults when none are configured; in start-time order.</summary>
    public IReadOnlyList<BroadcastSlot> EffectiveSlots => (Slots.Count > 0 ? Slots : DefaultSlots()).OrderBy(s => s.Start).ToList();

    private static List<BroadcastSlot> DefaultSlots() =>
    [
        new() { Key = "sang", Label = "sáng", Start = TimeSpan.FromHours(6), MaxLength = TimeSpan.FromMinutes(15) },
        new() { Key = "chieu", Label = "chiều", Start = TimeSpan.FromHours(17), MaxLength = TimeSpan.FromMinutes(15) },
    ];
}
