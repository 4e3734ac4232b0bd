using System.Xml.Linq;
using CchcPublisher.Speech.Scripts;

namespace CchcPublisher.UnitTests.Speech.Scripts;

public sealed class ScriptChunkerTests
{
    private static SpokenParagraph Paragraph(params string[] sentences) => new(sentences);

    private static string Sentence(int index, int words) =>
        "Câu số " + index + " " + string.Join(' ', Enumerable.Repeat("chữ", words)) + ".";

    [Fact]
    public void Chunk_ShortScript_OneChunkWithEverything()
    {
        var segments = new SpokenScript("Tiêu đề.", [Paragraph("Một.", "Hai."), Paragraph("Ba.")]).ToSegments(TimeSpan.FromSeconds(1));

        var chunk = Assert.Single(ScriptChunker.Chunk(segments, 2000));

        Assert.Equal("Tiêu đề.\n\nMột. Hai.\n\nBa.", chunk.Text);
        Assert.Equal(2, XDocument.Parse(chunk.Ssml).Root!.Elements().Count(e => e.Name.LocalName == "break"));
    }

    [Theory]
    [InlineData(60)]
    [InlineData(100)]
    [InlineData(250)]
    public void Chunk_LongScript_EveryChunkWithinLimitAndSentencesIntact(int limit)
    {
        var sentences = Enumerable.Range(1, 40).Select(i => Sentence(i, i % 7 + 3)).ToArray();
        var segments = new SpokenScript("Tiêu đề.", [Paragraph(sentences[..15]), Paragraph(sentences[15..])]).ToSegments(TimeSpan.FromSeconds(1));

        var chunks = ScriptChunker.Chunk(segments, limit);

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.True(c.Text.Length <= limit, $"{c.Text.Length} > {limit}"));
        var rejoined = chunks.SelectMany(c => c.Segments.OfType<SpokenParagraph>()).SelectMany(p => p.Sentences).ToList();
        Assert.Equal(["Tiêu đề.", .. sentences], rejoined);
        Assert.All(chunks, c => XDocument.Parse(c.Ssml));
    }

    [Fact]
    public void Chunk_SentenceLongerThanLimit_CutAtCommasWithinLimit()
    {
        var longSentence = string.Join(", ", Enumerable.Range(1, 12).Select(i => "mệnh đề thứ " + i + " khá dài")) + ".";

        var chunks = ScriptChunker.Chunk([Paragraph(longSentence)], 60);

        Assert.All(chunks, c => Assert.True(c.Text.Length <= 60));
        Assert.Equal(longSentence, string.Join(' ', chunks.Select(c => c.Text)));
        Assert.All(chunks.Take(chunks.Count - 1), c => Assert.EndsWith(",", c.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Chunk_ClauseLongerThanLimit_CutBetweenWords()
    {
        var words = string.Join(' ', Enumerable.Repeat("chữ", 50)) + ".";

        var chunks = ScriptChunker.Chunk([Paragraph(words)], 30);

        Assert.All(chunks, c => Assert.True(c.Text.Length <= 30));
        Assert.Equal(words, string.Join(' ', chunks.Select(c => c.Text)));
    }

    [Fact]
    public void Chunk_PausesOnly_NoChunks() =>
        Assert.Empty(ScriptChunker.Chunk([new SpeechPause(TimeSpan.FromSeconds(1))], 100));

    [Fact]
    public void Chunk_LimitTooSmall_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ScriptChunker.Chunk([Paragraph("Một.")], 5));
}
