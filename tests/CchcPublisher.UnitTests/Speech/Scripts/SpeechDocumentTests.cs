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
}
