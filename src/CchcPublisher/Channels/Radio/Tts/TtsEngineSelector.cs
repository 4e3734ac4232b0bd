using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Radio.Tts;

/// <summary>Chooses the engine from <see cref="TtsOptions.Engine"/> and what is available on this machine.</summary>
internal sealed class TtsEngineSelector(IOptions<RadioOptions> options, IHttpClientFactory httpClients)
{
    /// <summary>The engine to use, or <c>null</c> with a Vietnamese reason why no audio will be made.</summary>
    public (ITtsEngine? Engine, string? Reason) Select()
    {
        var tts = options.Value.Tts;
        var hasHttp = !string.IsNullOrWhiteSpace(tts.Http.Url);
        switch (tts.Engine)
        {
            case "none":
                return (null, "Không tạo tệp WAV: Channels:Radio:Tts:Engine = none.");
            case "http":
            case "auto" when hasHttp:
                return (new HttpTtsEngine(httpClients, tts.Http), null);
        }

        var espeak = EspeakTtsEngine.Locate(tts.Espeak.Path);
        if (espeak is not null)
        {
            return (new EspeakTtsEngine(espeak, tts.Espeak), null);
        }

        return (null, tts.Engine == "espeak"
            ? $"Không tìm thấy '{tts.Espeak.Path}': hãy cài espeak-ng (Debian/Ubuntu: apt-get install espeak-ng) hoặc khai báo Channels:Radio:Tts:Espeak:Path."
            : "Không tạo tệp WAV: máy chưa cài espeak-ng và chưa cấu hình dịch vụ chuyển giọng nói (Channels:Radio:Tts:Http:Url).");
    }
}
