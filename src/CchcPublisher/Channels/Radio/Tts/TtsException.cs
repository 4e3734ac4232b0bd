namespace CchcPublisher.Channels.Radio.Tts;

/// <summary>A TTS engine failed; the message is Vietnamese and safe to show (no secrets).</summary>
internal sealed class TtsException : Exception
{
    public TtsException()
    {
    }

    public TtsException(string message)
        : base(message)
    {
    }

    public TtsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
