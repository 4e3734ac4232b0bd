using CchcPublisher.Speech.Scripts;

namespace CchcPublisher.Channels.Radio.Tts;

/// <summary>
/// Turns a program's segments into one WAV: every paragraph is cut into request-sized chunks at sentence
/// boundaries and spoken; every pause becomes silence of its length; the pieces are joined.
/// </summary>
internal static class ProgramAudioRenderer
{
    public static async Task<WavAudio> RenderAsync(ITtsEngine engine, IEnumerable<SpeechSegment> segments, int chunkCharacters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(segments);
        var pieces = new List<WavAudio>();
        var pendingSilence = TimeSpan.Zero;
        foreach (var segment in segments)
        {
            if (segment is SpeechPause pause)
            {
                pendingSilence += pause.Duration;
                continue;
            }

            foreach (var chunk in ScriptChunker.Chunk([segment], chunkCharacters))
            {
                var audio = await engine.SynthesizeAsync(chunk, cancellationToken);
                if (pendingSilence > TimeSpan.Zero && pieces.Count > 0)
                {
                    pieces.Add(WavAudio.Silence(audio.Format, pendingSilence));
                }

                pendingSilence = TimeSpan.Zero;
                pieces.Add(audio);
            }
        }

        return pieces.Count > 0 ? WavAudio.Concat(pieces) : throw new TtsException("Chương trình không có lời nào để đọc.");
    }
}
