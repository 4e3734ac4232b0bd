namespace CchcPublisher.Speech.Scripts;

/// <summary>
/// How fast the station reads. Vietnamese is written one syllable per word, so "words per minute" counts
/// syllables. VOV news is read at about 233 per minute; loudspeaker announcers are slower (200–230, see
/// docs/radio.md). A TTS engine has its own pace: calibrate <paramref name="WordsPerMinute"/> to it.
/// </summary>
/// <param name="WordsPerMinute">Syllables read per minute, pauses between sentences included.</param>
internal sealed record SpeechPace(int WordsPerMinute)
{
    /// <summary>Reading time of the words plus every explicit pause.</summary>
    public TimeSpan Estimate(IEnumerable<SpeechSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var total = TimeSpan.Zero;
        foreach (var segment in segments)
        {
            total += segment switch
            {
                SpokenParagraph paragraph => Reading(paragraph.Syllables),
                SpeechPause pause => pause.Duration,
                _ => TimeSpan.Zero,
            };
        }

        return total;
    }

    public TimeSpan Reading(int syllables) => TimeSpan.FromMinutes((double)syllables / WordsPerMinute);
}
