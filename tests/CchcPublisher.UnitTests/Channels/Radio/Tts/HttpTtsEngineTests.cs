using CchcPublisher.Channels.Radio.Tts;
using CchcPublisher.Speech.Scripts;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CchcPublisher.UnitTests.Channels.Radio.Tts;

public sealed class HttpTtsEngineTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public void Dispose() => _server.Stop();

    private HttpTtsEngine CreateEngine(HttpTtsOptions options)
    {
        var services = new ServiceCollection();
        services.AddHttpClient(HttpTtsEngine.HttpClientName, c => c.BaseAddress = new Uri(_server.Url + "/tts"));
        return new HttpTtsEngine(services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>(), options);
    }

    private static ScriptChunk Chunk(string text) => new([new SpokenParagraph([text])]);

    [Fact]
    public async Task SynthesizeAsync_WavResponse_ParsedAndKeyAndTextSent()
    {
        var wav = WavAudio.Silence(new WavFormat(1, 16000, 16), TimeSpan.FromSeconds(0.5)).ToBytes();
        _server.Given(Request.Create().WithPath("/tts").UsingPost().WithHeader("token", "bi-mat").WithBody("Xin chào bà con."))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "audio/wav").WithBody(wav));

        var audio = await CreateEngine(new HttpTtsOptions { ApiKeyHeader = "token", ApiKey = "bi-mat" })
            .SynthesizeAsync(Chunk("Xin chào bà con."), TestContext.Current.CancellationToken);

        Assert.Equal(TimeSpan.FromSeconds(0.5), audio.Duration);
    }

    [Fact]
    public async Task SynthesizeAsync_SendSsml_PostsSsmlDocument()
    {
        var wav = WavAudio.Silence(new WavFormat(1, 16000, 16), TimeSpan.FromSeconds(0.1)).ToBytes();
        _server.Given(Request.Create().WithPath("/tts").UsingPost().WithHeader("Content-Type", "application/ssml+xml*").WithBody(b => b!.Contains("<speak", StringComparison.Ordinal)))
            .RespondWith(Response.Create().WithBody(wav));

        var audio = await CreateEngine(new HttpTtsOptions { SendSsml = true }).SynthesizeAsync(Chunk("Một."), TestContext.Current.CancellationToken);

        Assert.True(audio.Duration > TimeSpan.Zero);
    }

    [Fact]
    public async Task SynthesizeAsync_ServerError_TtsExceptionWithStatusNoKey()
    {
        _server.Given(Request.Create().WithPath("/tts").UsingPost()).RespondWith(Response.Create().WithStatusCode(401));

        var error = await Assert.ThrowsAsync<TtsException>(() =>
            CreateEngine(new HttpTtsOptions { ApiKey = "bi-mat" }).SynthesizeAsync(Chunk("Một."), TestContext.Current.CancellationToken));

        Assert.Contains("HTTP 401", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bi-mat", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynthesizeAsync_Mp3Response_TtsException()
    {
        _server.Given(Request.Create().WithPath("/tts").UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", "audio/mpeg").WithBody([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));

        var error = await Assert.ThrowsAsync<TtsException>(() =>
            CreateEngine(new HttpTtsOptions()).SynthesizeAsync(Chunk("Một."), TestContext.Current.CancellationToken));

        Assert.Contains("audio/mpeg", error.Message, StringComparison.Ordinal);
    }
}
