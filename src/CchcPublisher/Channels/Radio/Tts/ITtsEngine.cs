using CchcPublisher.Speech.Scripts;

namespace CchcPublisher.Channels.Radio.Tts;

/// <summary>A text-to-speech engine. Throws <see cref="TtsException"/> (Vietnamese message) when it cannot speak.</summary>
internal interface ITtsEngine
{
    /// <summary>Shown in reports, e.g. "espeak-ng", "HTTP".</summary>
    string Name { get; }

    /// <summary>Speaks one chunk (already within the request limit) and returns PCM WAV audio.</summary>
    Task<WavAudio> SynthesizeAsync(ScriptChunk chunk, CancellationToken cancellationToken);
}
