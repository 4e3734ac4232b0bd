using System.Xml;
using System.Xml.Linq;
using CchcPublisher.Speech.Scripts;

namespace CchcPublisher.UnitTests.Speech.Scripts;

public sealed class SpeechDocumentTests
{
    private static readonly XNamespace Ssml = SpeechDocument.SsmlNamespace;

    [Fact]
    public void ToSsml_Script_ValidSpeakWithParagraphsSentencesAndBreaks()
    {
        var script = new SpokenScript("Tiêu đề.", [new SpokenParagraph(["Câu một.", "Câu hai."]), new SpokenParagraph(["Câu ba."])]);

        var xml = XDocument.Parse(SpeechDocument.ToSsml(script.ToSegments(TimeSpan.FromMilliseconds(800))));

        Assert.Equal(Ssml + "speak", xml.Root!.Name);
        Assert.Equal("vi-VN", xml.Root.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("1.0", xml.Root.Attribute("version")!.Value);
        Assert.Equal(["p", "break", "p", "break", "p"], xml.Root.Elements().Select(e => e.Name.LocalName));
        Assert.All(xml.Root.Elements(Ssml + "break"), b => Assert.Equal("800ms", b.Attribute("time")!.Value));
        Assert.Equal(["Câu một.", "Câu hai."], xml.Root.Elements(Ssml + "p").ElementAt(1).Elements(Ssml + "s").Select(s => s.Value));
    }

    [Fact]
    public void ToSsml_MarkupCharactersInText_Escaped()
    {
        var ssml = SpeechDocument.ToSsml([new SpokenParagraph(["A < B & \"C\" > D."])]);

        var xml = XDocument.Parse(ssml);

        Assert.Equal("A < B & \"C\" > D.", xml.Descendants(Ssml + "s").Single().Value);
        Assert.Contains("&lt;", ssml, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSsml_ZeroPauseAndEmptyParagraph_Omitted()
    {
        var xml = XDocument.Parse(SpeechDocument.ToSsml([new SpokenParagraph([]), new SpeechPause(TimeSpan.Zero), new SpokenParagraph(["Có."])]));

        Assert.Equal(["p"], xml.Root!.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void ToPlainText_Segments_BlankLineBetweenParagraphsNoPauseMarks()
    {
        var text = SpeechDocument.ToPlainText([new SpokenParagraph(["Một.", "Hai."]), new SpeechPause(TimeSpan.FromSeconds(1)), new SpokenParagraph(["Ba."])]);

        Assert.Equal("Một. Hai.\n\nBa.\n", text);
    }

    [Theory]
    [InlineData("Tiêu đề.")]
    [InlineData("")]
    public void ToPlainText_Script_SameAsTheTextOfItsSegments(string title)
    {
        SpokenParagraph[] paragraphs = [new([]), new([""]), new(["Một.", "Hai."]), new(["", ""]), new(["Ba."])];
        var script = new SpokenScript(title, paragraphs);

        Assert.Equal(SpeechDocument.ToPlainText(script.ToSegments(TimeSpan.Zero)), script.ToPlainText());
        Assert.Equal(title.Length > 0 ? "Tiêu đề.\n\nMột. Hai.\n\n \n\nBa.\n" : "Một. Hai.\n\n \n\nBa.\n", script.ToPlainText());
    }

    [Fact]
    public void ToSsml_ParsesWithValidatingReaderSettings()
    {
        var ssml = SpeechDocument.ToSsml([new SpokenParagraph(["Xin chào."])]);
        using var reader = XmlReader.Create(new StringReader(ssml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });

        while (reader.Read())
        {
        }

        Assert.StartsWith("<speak", ssml, StringComparison.Ordinal);
    }

    /// <summary>
    /// The usual script is written without an XML writer: the bytes must be the writer's, for plain sentences and for
    /// sentences with characters the writer escapes, rewrites or refuses (those fall back to it).
    /// </summary>
    [Fact]
    public void ToSsml_SameBytesAsTheXmlWriter()
    {
        var random = new Random(17);
        string[] pieces = ["Câu", " ", "một", ".", ",", "Ủy ban", "\u00A0", "'", "\"", "<", ">", "&", "\t", "\n", "\r", "\u0085", "\u2028", "é", "~", "\u007F"];
        for (var n = 0; n < 500; n++)
        {
            var segments = new List<SpeechSegment>();
            for (var k = random.Next(0, 5); k >= 0; k--)
            {
                var sentences = Enumerable.Range(0, random.Next(0, 4))
                    .Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(n % 2 == 0 ? 8 : pieces.Length)])))
                    .ToList();
                segments.Add(new SpokenParagraph(sentences));
                segments.Add(new SpeechPause(TimeSpan.FromMilliseconds(random.Next(0, 3) * 400)));
            }

            string expected;
            try
            {
                expected = SpeechDocument.ToSsmlWithXmlWriter(segments);
            }
            catch (ArgumentException)
            {
                Assert.Throws<ArgumentException>(() => SpeechDocument.ToSsml(segments));
                continue;
            }

            Assert.Equal(expected, SpeechDocument.ToSsml(segments));
        }
    }

    [Fact]
    public void CopiedAsIs_EveryUtf16UnitAnywhereInASentence_SameAsTheCharacterLoop()
    {
        // The vectorized scans read a sentence in blocks; each unit is tried alone, at the start, in the middle
        // and at the end of sentences long and short enough for the blocks and the remainder after them.
        const string sentence = "Ủy ban nhân dân xã thông báo lịch tiếp công dân tháng mười hai năm hai nghìn không trăm hai mươi sáu.";
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var unit = ((char)c).ToString();
            foreach (var text in new[] { unit, unit + sentence, sentence + unit, sentence[..37] + unit + sentence[37..], sentence[..5] + unit })
            {
                Assert.True(
                    SpeechDocument.CopiedAsIsByCharacter(text) == SpeechDocument.CopiedAsIs(text),
                    $"U+{c:X4} in \"{text}\"");
            }
        }

        Assert.False(SpeechDocument.CopiedAsIs(string.Empty));
        Assert.True(SpeechDocument.CopiedAsIs(sentence));
    }
}
