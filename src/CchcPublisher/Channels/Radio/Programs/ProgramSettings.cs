using CchcPublisher.Speech.Scripts;

namespace CchcPublisher.Channels.Radio.Programs;

/// <summary>The station's words and timing, as <see cref="ProgramAssembler"/> needs them (from <see cref="RadioOptions"/>).</summary>
internal sealed record ProgramSettings(
    string StationName,
    string ProgramName,
    string Opening,
    string Transition,
    string Closing,
    SpeechPace Pace,
    TimeSpan ParagraphPause,
    TimeSpan ItemPause)
{
    public static ProgramSettings From(RadioOptions options, string communeName)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(
            StationNameFor(options, communeName),
            options.ProgramName,
            options.Opening,
            options.Transition,
            options.Closing,
            options.Pace,
            options.ParagraphPause,
            options.ItemPause);
    }

    /// <summary>"UBND xã Hòa An" → "Đài truyền thanh xã Hòa An", unless <see cref="RadioOptions.StationName"/> is set.</summary>
    public static string StationNameFor(RadioOptions options, string communeName)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(communeName);
        if (!string.IsNullOrWhiteSpace(options.StationName))
        {
            return options.StationName.Trim();
        }

        var name = communeName.Trim();
        foreach (var prefix in new[] { "UBND ", "Ủy ban nhân dân ", "Uỷ ban nhân dân " })
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[prefix.Length..];
                break;
            }
        }

        return "Đài truyền thanh " + name;
    }
}
