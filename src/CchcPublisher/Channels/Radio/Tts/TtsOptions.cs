namespace CchcPublisher.Channels.Radio.Tts;

/// <summary>How programs are turned into audio (section <c>Channels:Radio:Tts</c>).</summary>
internal sealed class TtsOptions
{
    /// <summary>
    /// <c>auto</c> (default): the HTTP provider when <c>Http:Url</c> is set, else espeak-ng when installed, else
    /// no audio. <c>espeak</c>, <c>http</c>: that engine only. <c>none</c>: never render audio.
    /// </summary>
    public string Engine { get; set; } = "auto";

    public EspeakOptions Espeak { get; set; } = new();

    public HttpTtsOptions Http { get; set; } = new();

    /// <summary>MP3 copies of the program audio, for smart loudspeaker systems.</summary>
    public Mp3Options Mp3 { get; set; } = new();
}

/// <summary>The local espeak-ng synthesizer (robotic, but offline; Debian package <c>espeak-ng</c>).</summary>
internal sealed class EspeakOptions
{
    /// <summary>Executable name or full path. Default <c>espeak-ng</c>, looked up on PATH.</summary>
    public string Path { get; set; } = "espeak-ng";

    /// <summary>Voice: <c>vi</c> (Northern, default), <c>vi-vn-x-central</c>, <c>vi-vn-x-south</c>.</summary>
    public string Voice { get; set; } = "vi";

    /// <summary>espeak-ng <c>-s</c> speed. 150 reads about 208 Vietnamese syllables a minute (measured), close to the default announcer pace of 210.</summary>
    public int Speed { get; set; } = 150;

    /// <summary>Longest one synthesis may take before it is abandoned. Default 2 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);
}

/// <summary>
/// A generic HTTP TTS provider: each chunk is POSTed to <see cref="Url"/> (plain text, or SSML when
/// <see cref="SendSsml"/>) and the response body must be a WAV file. Adapters for FPT.AI, Viettel AI or Zalo AI
/// can sit behind such an endpoint.
/// </summary>
internal sealed class HttpTtsOptions
{
    /// <summary>Endpoint; empty means no HTTP provider.</summary>
    public string? Url { get; set; }

    /// <summary>Header carrying the key, e.g. <c>api-key</c>, <c>token</c>, <c>apikey</c>.</summary>
    public string ApiKeyHeader { get; set; } = "api-key";

    /// <summary>Secret: set it from the environment (<c>CCHC__Channels__Radio__Tts__Http__ApiKey</c>), never in a committed file.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Send SSML (<c>application/ssml+xml</c>) instead of plain text.</summary>
    public bool SendSsml { get; set; }

    /// <summary>Per-request timeout. Default 60 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
