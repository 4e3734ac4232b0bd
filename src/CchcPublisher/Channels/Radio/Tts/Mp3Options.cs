namespace CchcPublisher.Channels.Radio.Tts;

/// <summary>
/// MP3 copies of the program audio for smart loudspeaker systems (section <c>Channels:Radio:Tts:Mp3</c>), made by
/// an installed encoder: LAME (Debian package <c>lame</c>; <c>lame.exe</c> on Windows) or FFmpeg.
/// </summary>
internal sealed class Mp3Options
{
    /// <summary>
    /// <c>auto</c> (default): <c>lame</c>, else <c>ffmpeg</c>, whichever is found on PATH; no MP3 when neither is.
    /// <c>lame</c>, <c>ffmpeg</c>: that encoder only. <c>none</c>: WAV only.
    /// </summary>
    public string Encoder { get; set; } = "auto";

    /// <summary>Executable path or name for the chosen encoder; empty means its usual name on PATH.</summary>
    public string? Path { get; set; }

    /// <summary>Constant bit rate in kbit/s, mono. Default 64: speech stays clear, a 15-minute program is about 7 MB.</summary>
    public int BitrateKbps { get; set; } = 64;

    /// <summary>Longest one encoding may take. Default 2 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);
}
