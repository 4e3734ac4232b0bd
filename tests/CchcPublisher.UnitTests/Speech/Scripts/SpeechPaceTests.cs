using CchcPublisher.Speech.Scripts;

namespace CchcPublisher.UnitTests.Speech.Scripts;

public sealed class SpeechPaceTests
{
    [Fact]
    public void Estimate_210SyllablesAt210PerMinute_OneMinutePlusPauses()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("chữ", 105)) + ".";
        var segments = new SpokenScript(sentence, [new SpokenParagraph([sentence])]).ToSegments(TimeSpan.FromSeconds(2));

        var duration = new SpeechPace(210).Estimate(segments);

        Assert.Equal(TimeSpan.FromSeconds(62), duration);
    }

    [Fact]
    public void Estimate_FasterPace_Shorter() =>
        Assert.True(new SpeechPace(240).Reading(480) < new SpeechPace(200).Reading(480));

    [Fact]
    public void Syllables_VietnameseWordsAndPunctuation_CountedPerWord() =>
        Assert.Equal(7, new SpokenParagraph(["Ủy ban nhân dân xã, Hòa An."]).Syllables);
}
