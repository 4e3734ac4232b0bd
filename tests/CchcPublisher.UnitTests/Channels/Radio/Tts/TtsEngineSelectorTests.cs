using CchcPublisher.Channels.Radio;
using CchcPublisher.Channels.Radio.Tts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcPublisher.UnitTests.Channels.Radio.Tts;

public sealed class TtsEngineSelectorTests
{
    private static (ITtsEngine? Engine, string? Reason) Select(TtsOptions tts) =>
        new TtsEngineSelector(Options.Create(new RadioOptions { Tts = tts }), new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>()).Select();

    [Fact]
    public void Select_None_NoEngineWithReason()
    {
        var (engine, reason) = Select(new TtsOptions { Engine = "none" });

        Assert.Null(engine);
        Assert.Contains("none", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_AutoWithUrl_Http() =>
        Assert.IsType<HttpTtsEngine>(Select(new TtsOptions { Http = new() { Url = "http://127.0.0.1:9/tts" } }).Engine);

    [Fact]
    public void Select_EspeakMissing_NoEngineWithInstallHint()
    {
        var (engine, reason) = Select(new TtsOptions { Engine = "espeak", Espeak = new() { Path = "/khong/co/espeak-ng" } });

        Assert.Null(engine);
        Assert.Contains("apt-get install espeak-ng", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_MissingName_Null() => Assert.Null(EspeakTtsEngine.Locate("khong-co-chuong-trinh-nay-" + Guid.NewGuid().ToString("N")));
}
