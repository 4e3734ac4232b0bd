using System.Globalization;
using System.Text;
using CchcPublisher.Speech.Scripts;

namespace CchcPublisher.Channels.Radio.Programs;

/// <summary>The files of a program: what the announcer reads (text), what an SSML engine reads, and the rundown.</summary>
internal static class ProgramWriter
{
    public static string Text(RadioProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return SpeechDocument.ToPlainText(program.Segments);
    }

    public static string Ssml(RadioProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return SpeechDocument.ToSsml(program.Segments);
    }

    /// <summary>
    /// A Markdown rundown (Vietnamese): slot, estimated length, one row per part with its clock time and
    /// duration, then the items carried to the next slot and those too long for any program of this slot.
    /// </summary>
    public static string Rundown(RadioProgram program, (DateOnly Date, BroadcastSlot Slot) next, int wordsPerMinute)
    {
        ArgumentNullException.ThrowIfNull(program);
        var culture = CultureInfo.InvariantCulture;
        var builder = new StringBuilder();
        builder.Append(culture, $"# {program.Title}\n\n");
        builder.Append(culture, $"- Khung giờ: {program.Slot.Label} ({program.Slot.Key}), bắt đầu {program.StartsAt:HH:mm}, tối đa {Minutes(program.Slot.MaxLength)}\n");
        builder.Append(culture, $"- Thời lượng ước tính: {Minutes(program.Duration)} (tốc độ đọc {wordsPerMinute} tiếng/phút)\n");
        builder.Append(culture, $"- Số bài: {program.Items.Count}\n\n");
        builder.Append("| # | Giờ phát | Phần | Thời lượng | Mã bài |\n|---:|---|---|---:|---|\n");
        for (var i = 0; i < program.Rundown.Count; i++)
        {
            var part = program.Rundown[i];
            builder.Append(culture, $"| {i + 1} | {program.StartsAt + part.Offset:HH:mm:ss} | {Cell(part.Label)} | {Minutes(part.Duration)} | {Cell(part.ArticleId ?? string.Empty)} |\n");
        }

        var waiting = program.Carried.Where(c => !c.TooLong).ToList();
        if (waiting.Count > 0)
        {
            builder.Append(culture, $"\n## Chuyển sang buổi {next.Slot.Label} {next.Date:dd/MM/yyyy}\n\n");
            foreach (var item in waiting)
            {
                builder.Append(culture, $"- {item.Candidate.Title} ({Minutes(item.Duration)}) — không đủ thời lượng trong buổi này\n");
            }
        }

        var tooLong = program.Carried.Where(c => c.TooLong).ToList();
        if (tooLong.Count > 0)
        {
            builder.Append("\n## Cần rút gọn\n\n");
            foreach (var item in tooLong)
            {
                builder.Append(culture, $"- {item.Candidate.Title} ({Minutes(item.Duration)}) — dài hơn cả khung giờ {Minutes(program.Slot.MaxLength)}, sẽ không phát được nếu không rút gọn\n");
            }
        }

        return builder.ToString();
    }

    public static string Minutes(TimeSpan duration) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes:00}:{duration.Seconds:00}");

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
