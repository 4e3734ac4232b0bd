using System.Text.RegularExpressions;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Scripts;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Radio;

/// <summary>
/// Rules DataAnnotations cannot express: durations in range, slots well formed and unique, station texts
/// using known placeholders and short enough to leave room for news in every slot, TTS settings coherent.
/// Messages are Vietnamese: they are shown to the official at start-up.
/// </summary>
internal sealed partial class RadioOptionsValidator : IValidateOptions<RadioOptions>
{
    private const string S = RadioOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, RadioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        CheckPause(errors, "ParagraphPause", options.ParagraphPause);
        CheckPause(errors, "ItemPause", options.ItemPause);
        if (options.CarryOverWindow < TimeSpan.FromHours(1) || options.CarryOverWindow > TimeSpan.FromDays(60))
        {
            errors.Add($"{S}:CarryOverWindow phải từ 01:00:00 đến 60.00:00:00 (hiện là {options.CarryOverWindow}).");
        }

        if (options.PrepareAhead < TimeSpan.Zero || options.PrepareAhead > TimeSpan.FromHours(12))
        {
            errors.Add($"{S}:PrepareAhead phải từ 00:00:00 đến 12:00:00 (hiện là {options.PrepareAhead}).");
        }

        CheckTemplate(errors, "Opening", options.Opening);
        CheckTemplate(errors, "Transition", options.Transition);
        CheckTemplate(errors, "Closing", options.Closing);
        CheckSlots(errors, options);
        CheckTts(errors, options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckPause(List<string> errors, string key, TimeSpan value)
    {
        if (value < TimeSpan.Zero || value > TimeSpan.FromSeconds(10))
        {
            errors.Add($"{S}:{key} phải trong khoảng 00:00:00 đến 00:00:10 (hiện là {value}).");
        }
    }

    private static void CheckTemplate(List<string> errors, string key, string? template)
    {
        foreach (Match placeholder in PlaceholderRegex().Matches(template ?? string.Empty))
        {
            if (!RadioOptions.Placeholders.Contains(placeholder.Value))
            {
                errors.Add($"{S}:{key}: không có ô '{placeholder.Value}'; dùng được: {string.Join(", ", RadioOptions.Placeholders)}.");
            }
        }
    }

    /// <summary>True when the text has nothing the speech normalizer would read differently: no digit, symbol or word in capitals.</summary>
    internal static bool ReadsAsWritten(string text)
    {
        var capitals = 0;
        foreach (var c in text)
        {
            if (char.IsDigit(c) || c is '/' or '%' or '&' or '@' or '#' or '+' or '=' or '$' or '*' or '~')
            {
                return false;
            }

            capitals = char.IsUpper(c) ? capitals + 1 : 0;
            if (capitals >= 2)
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckSlots(List<string> errors, RadioOptions options)
    {
        var slots = options.EffectiveSlots;
        foreach (var duplicate in slots.GroupBy(s => s.Key, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add($"{S}:Slots: khung giờ '{duplicate.Key}' bị khai báo {duplicate.Count()} lần.");
        }

        // Station words alone (with an empty list of contents) must leave at least half of every slot for news.
        var fixedDuration = options.Pace.Reading(StationSyllables(options) + 40) + (options.ItemPause * 2);
        foreach (var slot in slots)
        {
            var label = string.IsNullOrEmpty(slot.Key) ? "(không tên)" : slot.Key;
            if (!SlotKeyRegex().IsMatch(slot.Key ?? string.Empty))
            {
                errors.Add($"{S}:Slots: khóa '{label}' chỉ được gồm chữ thường không dấu, số và '-' (ví dụ: sang, chieu).");
            }

            if (string.IsNullOrWhiteSpace(slot.Label))
            {
                errors.Add($"{S}:Slots:{label}: cần tên đọc trên sóng (Label), ví dụ \"sáng\".");
            }

            if (slot.Start < TimeSpan.Zero || slot.Start >= TimeSpan.FromDays(1))
            {
                errors.Add($"{S}:Slots:{label}: giờ bắt đầu (Start) phải từ 00:00:00 đến 23:59:59 (hiện là {slot.Start}).");
            }

            if (slot.MaxLength < TimeSpan.FromMinutes(1) || slot.MaxLength > TimeSpan.FromHours(3))
            {
                errors.Add($"{S}:Slots:{label}: thời lượng tối đa (MaxLength) phải từ 00:01:00 đến 03:00:00 (hiện là {slot.MaxLength}).");
            }
            else if (fixedDuration * 2 > slot.MaxLength)
            {
                errors.Add($"{S}:Slots:{label}: lời mở đầu và kết thúc (khoảng {fixedDuration:mm\\:ss}) chiếm quá nửa thời lượng {slot.MaxLength:hh\\:mm\\:ss}; hãy rút gọn hoặc tăng MaxLength.");
            }
        }
    }

    /// <summary>The station words without the list of contents, as <see cref="StationSyllables"/> reads them.</summary>
    internal static string StationWords(RadioOptions options) =>
        string.Join(' ', options.Opening, options.Closing).Replace("{noidung}", string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// Syllables of the station words once normalized for speech. Plain words read as written; only numbers, symbols
    /// and abbreviations need the normalizer, whose lexicon would otherwise be loaded by every command at start-up (a
    /// third of a second) and kept by the idle worker (1.3 MB) to check the default words (docs/performance.md section 6).
    /// </summary>
    private static int StationSyllables(RadioOptions options)
    {
        var words = StationWords(options);
        return SpeechText.CountSyllables(ReadsAsWritten(words) ? words : SpeechNormalizer.Default.Normalize(words));
    }

    private static void CheckTts(List<string> errors, RadioOptions options)
    {
        var tts = options.Tts;
        if (tts.Engine is not ("auto" or "espeak" or "http" or "none"))
        {
            errors.Add($"{S}:Tts:Engine phải là auto, espeak, http hoặc none (hiện là '{tts.Engine}').");
        }

        if (tts.Espeak.Speed is < 80 or > 450)
        {
            errors.Add($"{S}:Tts:Espeak:Speed phải từ 80 đến 450 (hiện là {tts.Espeak.Speed}).");
        }

        if (tts.Espeak.Timeout <= TimeSpan.Zero || tts.Http.Timeout <= TimeSpan.Zero)
        {
            errors.Add($"{S}:Tts: thời gian chờ (Timeout) phải lớn hơn 0.");
        }

        var hasUrl = !string.IsNullOrWhiteSpace(tts.Http.Url);
        if (hasUrl && (!Uri.TryCreate(tts.Http.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors.Add($"{S}:Tts:Http:Url phải là địa chỉ http(s) đầy đủ (hiện là '{tts.Http.Url}').");
        }

        if (tts.Engine == "http" && !hasUrl)
        {
            errors.Add($"{S}:Tts:Engine là http nhưng chưa khai báo {S}:Tts:Http:Url.");
        }
    }

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex PlaceholderRegex();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlotKeyRegex();
}
