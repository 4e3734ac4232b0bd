using CchcPublisher.IntegrationTests.TestSupport;
using CchcPublisher.Channels;
using CchcPublisher.Channels.Radio;
using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Channels.Radio.Tts;
using CchcPublisher.Content;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Scripts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace CchcPublisher.IntegrationTests.Radio;

/// <summary>
/// Renders real audio with espeak-ng (Debian package <c>espeak-ng</c>; CI installs it) and checks that the WAV
/// lasts about as long as the estimate. "About" is ±25 %: the default pace (210 syllables a minute) is
/// calibrated to espeak-ng at <c>-s 150</c>, measured at about 208; a wider miss means the calibration (or
/// the WAV joining) is broken, not that the engine is a little faster on this text.
/// </summary>
public sealed class EspeakProgramAudioTests : IDisposable
{
    private const double Tolerance = 0.25;
    private static readonly string? Espeak = EspeakTtsEngine.Locate("espeak-ng");

    private readonly string _data = Path.Combine(Path.GetTempPath(), "cchc-radio-it-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private const string Body = """
        Từ ngày 01/12/2026, UBND xã Hòa An tiếp nhận hồ sơ TTHC trên Cổng DVC quốc gia. Người dân không phải đến trụ sở, tiết kiệm thời gian và chi phí đi lại.

        Trong Quý III/2026, xã đã tiếp nhận 1.105 hồ sơ, trong đó 98,5% được giải quyết đúng hạn. Tỷ lệ hài lòng của người dân đạt trên 90%.

        Mọi vướng mắc, bà con liên hệ Bộ phận Một cửa xã từ 7h30 đến 11h30 các ngày làm việc, hoặc gọi đường dây nóng 0225.3851.234.
        """;

    [Fact]
    public async Task RenderAsync_ArticleScript_WavDurationCloseToEstimate()
    {
        RequiredComponent.SkipOrFailWhen(Espeak is null, "espeak-ng is not installed here (apt-get install espeak-ng); CI installs it, so this runs there.");
        var options = new RadioOptions();
        var script = new ScriptBuilder(SpeechNormalizer.Default).Build("UBND xã Hòa An triển khai nộp hồ sơ trực tuyến", Body);
        var segments = script.ToSegments(options.ParagraphPause);

        var audio = await ProgramAudioRenderer.RenderAsync(new EspeakTtsEngine(Espeak!, options.Tts.Espeak), segments, options.ChunkCharacters, TestContext.Current.CancellationToken);

        AssertClose(options.Pace.Estimate(segments), audio.Duration);
    }

    [Fact]
    public async Task PrepareAsync_WithEspeak_WritesPlayableWavAsLongAsTheRundownSays()
    {
        RequiredComponent.SkipOrFailWhen(Espeak is null, "espeak-ng is not installed here (apt-get install espeak-ng); CI installs it, so this runs there.");
        var (result, ledger) = await PrepareAsync(new RadioOptions { Tts = new() { Engine = "espeak" } });

        Assert.Null(result.AudioNote);
        var wavPath = Assert.Single(result.Files, f => f.EndsWith(".wav", StringComparison.Ordinal));
        var wav = WavAudio.Parse(await File.ReadAllBytesAsync(wavPath, TestContext.Current.CancellationToken));
        AssertClose(result.Program!.Duration, wav.Duration);
        await ledger.Received().SaveAsync(Arg.Is<LedgerEntry>(e => e.Channel == RadioLedgerChannels.Program), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task PrepareAsync_WithLame_AlsoWritesAnMp3OfTheSameLength()
    {
        RequiredComponent.SkipOrFailWhen(Espeak is null, "espeak-ng is not installed here (apt-get install espeak-ng); CI installs it, so this runs there.");
        RequiredComponent.SkipOrFailWhen(EspeakTtsEngine.Locate("lame") is null, "LAME is not installed here (apt-get install lame); CI installs it, so this runs there.");
        var options = new RadioOptions { Tts = new() { Engine = "espeak", Mp3 = new() { Encoder = "lame", BitrateKbps = 64 } } };

        var (result, _) = await PrepareAsync(options);

        Assert.Null(result.AudioNote);
        var wav = WavAudio.Parse(await File.ReadAllBytesAsync(Assert.Single(result.Files, f => f.EndsWith(".wav", StringComparison.Ordinal)), TestContext.Current.CancellationToken));
        var mp3 = await File.ReadAllBytesAsync(Assert.Single(result.Files, f => f.EndsWith(".mp3", StringComparison.Ordinal)), TestContext.Current.CancellationToken);
        var frameSync = mp3[0] == 0xFF && (mp3[1] & 0xE0) == 0xE0;
        var id3 = mp3[0] == (byte)'I' && mp3[1] == (byte)'D' && mp3[2] == (byte)'3';
        Assert.True(frameSync || id3, "not an MP3 stream");
        // Constant 64 kbit/s: the size gives the length (a few frames of padding at either end).
        var seconds = mp3.Length * 8 / 64_000.0;
        Assert.InRange(seconds, wav.Duration.TotalSeconds * 0.95, wav.Duration.TotalSeconds * 1.05 + 0.5);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(result.Files[0])!, "*.tmp-*"));
    }

    [Fact]
    public async Task PrepareAsync_Mp3EncoderMissing_WavStillWrittenAndTheNoteSaysWhy()
    {
        RequiredComponent.SkipOrFailWhen(Espeak is null, "espeak-ng is not installed here (apt-get install espeak-ng); CI installs it, so this runs there.");
        var options = new RadioOptions { Tts = new() { Engine = "espeak", Mp3 = new() { Encoder = "lame", Path = "/khong/co/lame" } } };

        var (result, _) = await PrepareAsync(options);

        Assert.Single(result.Files, f => f.EndsWith(".wav", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Files, f => f.EndsWith(".mp3", StringComparison.Ordinal));
        Assert.Contains("MP3", result.AudioNote, StringComparison.Ordinal);
        Assert.False(result.AudioFailed);
    }

    private async Task<(RadioProgramResult Result, ILedger Ledger)> PrepareAsync(RadioOptions options)
    {
        var vn = TimeSpan.FromHours(7);
        var article = new Article
        {
            Id = "2026/nop-ho-so-truc-tuyen",
            SourcePath = "/content/articles/2026/nop-ho-so-truc-tuyen.md",
            RelativePath = "articles/2026/nop-ho-so-truc-tuyen.md",
            Title = "UBND xã Hòa An triển khai nộp hồ sơ trực tuyến",
            Categories = ["dich-vu-cong-truc-tuyen"],
            PublishAt = new DateTimeOffset(2026, 11, 23, 5, 0, 0, vn),
            Channels = [ChannelNames.Radio],
            Body = Body,
            Slug = "nop-ho-so-truc-tuyen",
            ContentHash = "abc",
        };
        var content = Substitute.For<IContentLoader>();
        content.LoadAsync(Arg.Any<string?>(), Arg.Any<CancellationToken>()).Returns(new ContentSnapshot([article], [], CategoryTaxonomy.BuiltIn));
        var ledger = Substitute.For<ILedger>();
        ledger.ListAsync(Arg.Any<LedgerQuery>(), Arg.Any<CancellationToken>()).Returns(Array.Empty<LedgerEntry>());
        var httpClients = new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        var service = new RadioProgramService(
            ledger, content, new ScriptBuilder(SpeechNormalizer.Default), new TtsEngineSelector(Options.Create(options), httpClients),
            Options.Create(options), Options.Create(new CommuneOptions()), Options.Create(new PathOptions { Data = _data }),
            new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 22, 0, 0, TimeSpan.Zero)), NullLogger<RadioProgramService>.Instance);

        return (await service.PrepareAsync(new DateOnly(2026, 11, 23), "sang", null, TestContext.Current.CancellationToken), ledger);
    }

    private static void AssertClose(TimeSpan estimate, TimeSpan actual)
    {
        var ratio = actual / estimate;
        Assert.True(
            Math.Abs(ratio - 1) <= Tolerance,
            $"espeak-ng audio lasts {actual:mm\\:ss\\.f}, estimate {estimate:mm\\:ss\\.f} (ratio {ratio:0.00}, allowed 1 ± {Tolerance}).");
    }
}
