using System.Globalization;
using CchcPublisher.Speech.Scripts;

namespace CchcPublisher.Channels.Radio.Programs;

/// <summary>
/// Builds the program for one (date, slot) from the candidate items, in the order given: opening words (with
/// the list of contents), the items with transitions between them, the closing words. A pure function of
/// its inputs: it reads no clock, ledger or file. An item that would make the program run past the slot's
/// maximum is carried (to the next slot, by the caller); a later, shorter item may still fit. The total is
/// computed on the finished program, so a program never exceeds its maximum.
/// </summary>
internal sealed class ProgramAssembler(ScriptBuilder scripts, ProgramSettings settings)
{
    private static readonly string[] Weekdays = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];

    public RadioProgram Assemble(DateOnly date, BroadcastSlot slot, DateTimeOffset startsAt, IReadOnlyList<ProgramCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(candidates);
        var included = new List<ProgramCandidate>();
        var carried = new List<CarriedItem>();
        foreach (var candidate in candidates)
        {
            var duration = settings.Pace.Estimate(candidate.Script.ToSegments(settings.ParagraphPause));
            if (Build(date, slot, [.. included, candidate]).Duration <= slot.MaxLength)
            {
                included.Add(candidate);
            }
            else
            {
                carried.Add(new CarriedItem(candidate, duration, TooLong: Build(date, slot, [candidate]).Duration > slot.MaxLength));
            }
        }

        var (parts, total) = Build(date, slot, included);
        var rundown = new List<ProgramPart>();
        var offset = TimeSpan.Zero;
        foreach (var part in parts)
        {
            var partDuration = settings.Pace.Estimate(part.Segments);
            rundown.Add(new ProgramPart(part.Kind, part.Label, offset, partDuration, part.ArticleId));
            offset += partDuration;
        }

        return new RadioProgram(
            RadioProgram.IdFor(date, slot),
            date,
            slot,
            startsAt,
            string.Create(CultureInfo.InvariantCulture, $"{settings.ProgramName} buổi {slot.Label} {date:dd/MM/yyyy}"),
            included,
            carried,
            rundown,
            [.. parts.SelectMany(p => p.Segments)],
            total);
    }

    private (List<Part> Parts, TimeSpan Duration) Build(DateOnly date, BroadcastSlot slot, List<ProgramCandidate> items)
    {
        var titles = string.Join("; ", items.Select(i => i.Title.Trim().TrimEnd('.', '!', '?', ';', ':')));
        var parts = new List<Part>
        {
            new(ProgramPartKind.Opening, "Mở đầu và giới thiệu", null, WithPauses(Speak(settings.Opening, date, slot, titles), leading: false)),
        };
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                parts.Add(new(ProgramPartKind.Transition, "Chuyển bài", null, WithPauses(Speak(settings.Transition, date, slot, titles), leading: true)));
            }

            var itemSegments = new List<SpeechSegment> { new SpeechPause(settings.ItemPause) };
            itemSegments.AddRange(items[i].Script.ToSegments(settings.ParagraphPause));
            parts.Add(new(ProgramPartKind.Item, items[i].Title, items[i].ArticleId, itemSegments));
        }

        parts.Add(new(ProgramPartKind.Closing, "Kết thúc", null, WithPauses(Speak(settings.Closing, date, slot, titles), leading: true)));
        return (parts, settings.Pace.Estimate(parts.SelectMany(p => p.Segments)));
    }

    private List<SpeechSegment> WithPauses(IReadOnlyList<SpokenParagraph> paragraphs, bool leading)
    {
        var segments = new List<SpeechSegment>();
        if (leading)
        {
            segments.Add(new SpeechPause(settings.ItemPause));
        }

        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0)
            {
                segments.Add(new SpeechPause(settings.ParagraphPause));
            }

            segments.Add(paragraphs[i]);
        }

        return segments;
    }

    private IReadOnlyList<SpokenParagraph> Speak(string template, DateOnly date, BroadcastSlot slot, string titles)
    {
        var text = template
            .Replace("{dai}", settings.StationName, StringComparison.Ordinal)
            .Replace("{chuyenmuc}", settings.ProgramName, StringComparison.Ordinal)
            .Replace("{buoi}", slot.Label, StringComparison.Ordinal)
            .Replace("{ngay}", string.Create(CultureInfo.InvariantCulture, $"{Weekdays[(int)date.DayOfWeek]}, ngày {date.Day}/{date.Month}/{date.Year}"), StringComparison.Ordinal)
            .Replace("{noidung}", titles, StringComparison.Ordinal);
        return scripts.BuildPlain(text);
    }

    private sealed record Part(ProgramPartKind Kind, string Label, string? ArticleId, IReadOnlyList<SpeechSegment> Segments);
}
