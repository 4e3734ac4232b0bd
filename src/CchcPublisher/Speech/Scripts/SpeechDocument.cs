using System.Globalization;
using System.Text;
using System.Xml;

namespace CchcPublisher.Speech.Scripts;

/// <summary>Plain text and SSML renderings of a sequence of <see cref="SpeechSegment"/>s.</summary>
internal static class SpeechDocument
{
    public const string SsmlNamespace = "http://www.w3.org/2001/10/synthesis";

    /// <summary>Paragraphs separated by a blank line; pauses are not written (the blank line is the pause). Ends with a newline.</summary>
    public static string ToPlainText(IEnumerable<SpeechSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var paragraphs = segments.OfType<SpokenParagraph>().Select(p => p.Text).Where(t => t.Length > 0);
        return string.Join("\n\n", paragraphs) + "\n";
    }

    /// <summary>
    /// SSML 1.0: <c>&lt;speak xml:lang="vi-VN"&gt;</c>, a <c>&lt;p&gt;</c> per paragraph with an <c>&lt;s&gt;</c> per
    /// sentence, <c>&lt;break time="…ms"/&gt;</c> for pauses. Text is escaped by the XML writer.
    /// </summary>
    public static string ToSsml(IEnumerable<SpeechSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true, Encoding = Encoding.UTF8, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(builder, settings))
        {
            writer.WriteStartElement("speak", SsmlNamespace);
            writer.WriteAttributeString("version", "1.0");
            writer.WriteAttributeString("xml", "lang", null, "vi-VN");
            foreach (var segment in segments)
            {
                switch (segment)
                {
                    case SpokenParagraph paragraph when paragraph.Sentences.Count > 0:
                        writer.WriteStartElement("p", SsmlNamespace);
                        foreach (var sentence in paragraph.Sentences)
                        {
                            writer.WriteElementString("s", SsmlNamespace, sentence);
                        }

                        writer.WriteEndElement();
                        break;
                    case SpeechPause pause when pause.Duration > TimeSpan.Zero:
                        writer.WriteStartElement("break", SsmlNamespace);
                        writer.WriteAttributeString("time", ((long)pause.Duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms");
                        writer.WriteEndElement();
                        break;
                }
            }

            writer.WriteEndElement();
        }

        return builder.Append('\n').ToString();
    }
}
