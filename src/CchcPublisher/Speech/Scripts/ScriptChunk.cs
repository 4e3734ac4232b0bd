namespace CchcPublisher.Speech.Scripts;

/// <summary>One TTS request's worth of speech: whole sentences, never more than the configured limit.</summary>
internal sealed record ScriptChunk(IReadOnlyList<SpeechSegment> Segments)
{
    /// <summary>Plain text sent to a text-only engine; paragraphs separated by a blank line.</summary>
    public string Text => SpeechDocument.ToPlainText(Segments).TrimEnd('\n');

    /// <summary>The same chunk as a complete SSML document, for engines that take SSML.</summary>
    public string Ssml => SpeechDocument.ToSsml(Segments);
}
