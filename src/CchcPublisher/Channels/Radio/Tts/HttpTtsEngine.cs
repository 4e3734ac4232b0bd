using CchcPublisher.Speech.Scripts;
using RestSharp;

namespace CchcPublisher.Channels.Radio.Tts;

/// <summary>
/// A generic HTTP TTS provider: POSTs each chunk (plain text, or SSML) to the configured endpoint with the key
/// in a header, and expects a WAV body. Synthesis has no side effect on the provider, so the resilience
/// handler may retry the POST (unlike publishing).
/// </summary>
internal sealed class HttpTtsEngine(IHttpClientFactory factory, HttpTtsOptions options) : ITtsEngine
{
    public const string HttpClientName = "radio-tts";

    public string Name => "HTTP";

    public async Task<WavAudio> SynthesizeAsync(ScriptChunk chunk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        using var client = new RestClient(factory.CreateClient(HttpClientName));
        var request = new RestRequest(string.Empty, Method.Post);
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            request.AddHeader(options.ApiKeyHeader, options.ApiKey);
        }

        request.AddHeader("Accept", "audio/wav");
        request.AddStringBody(options.SendSsml ? chunk.Ssml : chunk.Text, options.SendSsml ? "application/ssml+xml" : ContentType.Plain);
        var response = await client.ExecuteAsync(request, cancellationToken);
        if (!response.IsSuccessful)
        {
            var reason = response.StatusCode == 0 ? response.ErrorMessage ?? "không kết nối được" : $"HTTP {(int)response.StatusCode}";
            throw new TtsException($"Dịch vụ chuyển giọng nói báo lỗi: {reason}.");
        }

        try
        {
            return WavAudio.Parse(response.RawBytes ?? []);
        }
        catch (InvalidDataException ex)
        {
            throw new TtsException($"Dịch vụ chuyển giọng nói không trả về tệp WAV ({response.ContentType}): {ex.Message}", ex);
        }
    }
}
