using CchcPublisher.Channels.Radio.Tts;
using CchcPublisher.Speech.Scripts;

namespace CchcPublisher.UnitTests.Channels.Radio.Tts;

public sealed class ProgramAudioRendererTests
{
    /// <summary>Speaks every chunk as 10 ms of silence per character, and remembers what it was asked.</summary>
    private sealed class FakeEngine : ITtsEngine
    {
        public List<string> Requests { get; } = [];

        public string Name => "fake";

        public Task<WavAudio> SynthesizeAsync(ScriptChunk chunk, CancellationToken cancellationToken)
        {
            Requests.Add(chunk.Text);
            return Task.FromResult(WavAudio.Silence(new WavFormat(1, 8000, 16), TimeSpan.FromMilliseconds(10 * chunk.Text.Length)));
        }
    }

    [Fact]
    public async Task RenderAsync_ParagraphsAndPauses_ChunksSpokenPausesAsSilence()
    {
        var engine = new FakeEngine();
        var long1 = string.Join(' ', Enumerable.Range(1, 10).Select(i => "Câu thứ " + i + " khá dài một chút."));
        SpeechSegment[] segments = [new SpokenParagraph([long1]), new SpeechPause(TimeSpan.FromSeconds(2)), new SpokenParagraph(["Hết."])];

        var audio = await ProgramAudioRenderer.RenderAsync(engine, segments, 80, TestContext.Current.CancellationToken);

        Assert.True(engine.Requests.Count > 2);
        Assert.All(engine.Requests, r => Assert.True(r.Length <= 80));
        var spoken = engine.Requests.Sum(r => r.Length) * 10;
        Assert.Equal(spoken + 2000, audio.Duration.TotalMilliseconds, precision: 3);
    }

    [Fact]
    public async Task RenderAsync_NothingToSay_Throws() =>
        await Assert.ThrowsAsync<TtsException>(() => ProgramAudioRenderer.RenderAsync(new FakeEngine(), [new SpeechPause(TimeSpan.FromSeconds(1))], 100, TestContext.Current.CancellationToken));
}
