using CchcPublisher.Hosting;
using CchcPublisher.Speech;
using CchcPublisher.UnitTests.Channels.Radio;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.UnitTests.Speech;

public sealed class SpeechServiceTests : IDisposable
{
    private readonly TempFolder _content = new();

    public void Dispose() => _content.Dispose();

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    private ContentSpeechNormalizer CreateNormalizer(SpeechOptions? options = null) => new(
        Options.Create(options ?? new SpeechOptions()),
        Options.Create(new PathOptions { Content = _content.Path }),
        NullLogger<ContentSpeechNormalizer>.Instance,
        _time);

    [Fact]
    public async Task SayLinesAsync_ThreeLinesWithBlank_ExactlyThreeOutputLines()
    {
        var service = new SpeechService(CreateNormalizer());
        using var input = new StringReader("UBND xã\n\nngày 15/7/2021\n");
        using var output = new StringWriter { NewLine = "\n" };

        var count = await service.SayLinesAsync(input, output, TestContext.Current.CancellationToken);

        Assert.Equal(3, count);
        Assert.Equal("Ủy ban nhân dân xã\n\nngày mười lăm tháng bảy năm hai nghìn không trăm hai mươi mốt\n", output.ToString());
    }

    [Fact]
    public void Say_Text_SpokenForm() =>
        Assert.Equal("Quý ba năm hai nghìn không trăm hai mươi tư", new SpeechService(CreateNormalizer()).Say("Quý III/2024"));

    [Fact]
    public void Normalize_ContentAbbreviationFile_UsedAndReloadedWhenChanged()
    {
        var normalizer = CreateNormalizer();
        Assert.Equal("ét em mờ ét", normalizer.Normalize("SMS"));

        var file = Path.Combine(_content.Path, "radio", "abbreviations.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "abbreviations:\n  SMS: tin nhắn\n");
        _time.Advance(ContentSpeechNormalizer.RecheckInterval);
        Assert.Equal("tin nhắn", normalizer.Normalize("SMS"));

        File.WriteAllText(file, "abbreviations:\n  SMS: tin nhắn điện thoại\n");
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddSeconds(5));
        _time.Advance(ContentSpeechNormalizer.RecheckInterval);
        Assert.Equal("tin nhắn điện thoại", normalizer.Normalize("SMS"));

        File.Delete(file);
        _time.Advance(ContentSpeechNormalizer.RecheckInterval);
        Assert.Equal("ét em mờ ét", normalizer.Normalize("SMS"));
    }

    [Fact]
    public void Snapshot_FileEditedWithinRecheckInterval_UsedOnlyAfterTheInterval()
    {
        var normalizer = CreateNormalizer();
        Assert.Equal("ét em mờ ét", normalizer.Snapshot().Normalize("SMS"));

        var file = Path.Combine(_content.Path, "radio", "abbreviations.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "abbreviations:\n  SMS: tin nhắn\n");
        _time.Advance(ContentSpeechNormalizer.RecheckInterval - TimeSpan.FromMilliseconds(1));
        Assert.Equal("ét em mờ ét", normalizer.Snapshot().Normalize("SMS"));

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("tin nhắn", normalizer.Snapshot().Normalize("SMS"));
    }

    [Fact]
    public void LexiconDiagnostics_BadContentFile_ReportedGoodEntriesKept()
    {
        var file = Path.Combine(_content.Path, "radio", "abbreviations.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "abbreviations:\n  SMS: tin nhắn\n  ĐA06: Đề án 06\n");
        var service = new SpeechService(CreateNormalizer());

        Assert.Equal("tin nhắn", service.Say("SMS"));
        Assert.Contains(service.LexiconDiagnostics, d => d.Code == "SPEECH005" && d.Path == "radio/abbreviations.yaml");
    }

    [Fact]
    public void Normalize_SouthernOptions_Applied() =>
        Assert.Equal("một trăm lẻ năm", CreateNormalizer(new SpeechOptions { ZeroTens = "lẻ" }).Normalize("105"));
}
