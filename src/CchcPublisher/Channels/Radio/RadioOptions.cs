using System.ComponentModel.DataAnnotations;
using CchcPublisher.Speech.Scripts;

namespace CchcPublisher.Channels.Radio;

/// <summary>The commune radio (loa truyền thanh): scripts, reading pace, TTS request size.</summary>
internal sealed class RadioOptions
{
    public const string SectionName = "Channels:Radio";

    /// <summary>Folder for per-article scripts; relative paths resolve against <c>Paths:Data</c>. Default <c>radio</c>.</summary>
    [Required]
    public string Folder { get; set; } = "radio";

    /// <summary>
    /// Announcer's pace in Vietnamese words (= syllables) per minute, used for every duration estimate. Default
    /// 210: loudspeaker reading is slower than VOV news (≈233). Set it to the TTS engine's pace when one reads.
    /// </summary>
    [Range(100, 400)]
    public int WordsPerMinute { get; set; } = 210;

    /// <summary>Silence between paragraphs (SSML break, WAV silence). Default 0.8 s; at most 10 s.</summary>
    public TimeSpan ParagraphPause { get; set; } = TimeSpan.FromMilliseconds(800);

    /// <summary>
    /// Largest TTS request, in characters of plain text. Default 2,000 (Zalo AI, the smallest common limit;
    /// FPT.AI takes 5,000; for Google's 5,000-byte limit use about 1,500).
    /// </summary>
    [Range(200, 100_000)]
    public int ChunkCharacters { get; set; } = 2000;

    public SpeechPace Pace => new(WordsPerMinute);
}
