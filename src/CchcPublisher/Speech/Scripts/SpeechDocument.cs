using System.Globalization;
using System.Text;
using System.Xml;
using CchcPublisher.Content.Text;

namespace CchcPublisher.Speech.Scripts;

/// <summary>Plain text and SSML renderings of a sequence of <see cref="SpeechSegment"/>s.</summary>
internal static class SpeechDocument
{
    public const string SsmlNamespace = "http://www.w3.org/2001/10/synthesis";

    /// <summary>Paragraphs separated by a blank line; pauses are not written (the blank line is the pause). Ends with a newline.</summary>
    public static string ToPlainText(IEnumerable<SpeechSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var builder = StringBuilderCache.Acquire(TextLength(segments) + 16);
        foreach (var segment in segments)
        {
            if (segment is SpokenParagraph paragraph)
            {
                AppendPlain(builder, paragraph);
            }
        }

        return StringBuilderCache.ToStringAndRelease(builder.Append('\n'));
    }

    /// <summary>
    /// <see cref="ToPlainText(IEnumerable{SpeechSegment})"/> of a one-sentence title paragraph followed by
    /// <paramref name="paragraphs"/> (a script's segments), without making the segments.
    /// </summary>
    internal static string ToPlainText(string title, IReadOnlyList<SpokenParagraph> paragraphs)
    {
        var length = title.Length + 1;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            length += TextLength(paragraphs[p]);
        }

        var builder = StringBuilderCache.Acquire(length + 16);
        builder.Append(title);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            AppendPlain(builder, paragraphs[p]);
        }

        return StringBuilderCache.ToStringAndRelease(builder.Append('\n'));
    }

    /// <summary>A paragraph's text after a blank line (none before the first text), or nothing when it has no text.</summary>
    private static void AppendPlain(StringBuilder builder, SpokenParagraph paragraph)
    {
        if (!HasText(paragraph))
        {
            return;
        }

        if (builder.Length > 0)
        {
            builder.Append("\n\n");
        }

        paragraph.AppendText(builder);
    }

    /// <summary>True when <see cref="SpokenParagraph.Text"/> is not empty.</summary>
    private static bool HasText(SpokenParagraph paragraph) =>
        paragraph.Sentences.Count > 1 || (paragraph.Sentences.Count == 1 && paragraph.Sentences[0].Length > 0);

    /// <summary>The characters of every sentence, and one per sentence for what separates it.</summary>
    private static int TextLength(IEnumerable<SpeechSegment> segments)
    {
        var length = 0;
        foreach (var segment in segments)
        {
            if (segment is SpokenParagraph paragraph)
            {
                length += TextLength(paragraph);
            }
        }

        return length;
    }

    private static int TextLength(SpokenParagraph paragraph)
    {
        var length = 0;
        var sentences = paragraph.Sentences;
        for (var i = 0; i < sentences.Count; i++)
        {
            length += sentences[i].Length + 1;
        }

        return length;
    }

    /// <summary>
    /// SSML 1.0: <c>&lt;speak xml:lang="vi-VN"&gt;</c>, a <c>&lt;p&gt;</c> per paragraph with an <c>&lt;s&gt;</c> per
    /// sentence, <c>&lt;break time="…ms"/&gt;</c> for pauses. Text is escaped by the XML writer.
    /// </summary>
    public static string ToSsml(IEnumerable<SpeechSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        return Written(segments) ?? ToSsmlWithXmlWriter(segments);
    }

    /// <summary>
    /// What <see cref="ToSsmlWithXmlWriter"/> writes, without an <see cref="XmlWriter"/>, for the usual script: at least one
    /// element inside <c>&lt;speak&gt;</c> and sentences made only of characters the writer copies as they are (no
    /// markup characters, line breaks, control characters or surrogates, which it escapes, rewrites or refuses). Null
    /// for anything else, which the writer then renders.
    /// </summary>
    private static string? Written(IEnumerable<SpeechSegment> segments)
    {
        // Each sentence in "\n    <s>…</s>" (14 characters), each paragraph or pause in about 30 more.
        var builder = StringBuilderCache.Acquire(256 + TextLength(segments) + 16 * SegmentCount(segments));
        builder.Append("<speak version=\"1.0\" xml:lang=\"vi-VN\" xmlns=\"").Append(SsmlNamespace).Append("\">");
        var empty = true;
        foreach (var segment in segments)
        {
            switch (segment)
            {
                case SpokenParagraph paragraph when paragraph.Sentences.Count > 0:
                    builder.Append("\n  <p>");
                    var sentences = paragraph.Sentences;
                    for (var i = 0; i < sentences.Count; i++)
                    {
                        var sentence = sentences[i];
                        if (!CopiedAsIs(sentence))
                        {
                            StringBuilderCache.Release(builder);
                            return null;
                        }

                        builder.Append("\n    <s>").Append(sentence).Append("</s>");
                    }

                    builder.Append("\n  </p>");
                    empty = false;
                    break;
                case SpeechPause pause when pause.Duration > TimeSpan.Zero:
                    builder.Append("\n  <break time=\"").Append(((long)pause.Duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)).Append("ms\" />");
                    empty = false;
                    break;
            }
        }

        if (empty)
        {
            StringBuilderCache.Release(builder);
            return null;
        }

        return StringBuilderCache.ToStringAndRelease(builder.Append("\n</speak>\n"));
    }

    private static int SegmentCount(IEnumerable<SpeechSegment> segments)
    {
        var count = 0;
        foreach (var segment in segments)
        {
            count += segment is SpokenParagraph paragraph ? 2 + paragraph.Sentences.Count : 2;
        }

        return count;
    }

    /// <summary>A non-empty text the XML writer copies unchanged into an element: printable ASCII but &lt; &gt; &amp;, or U+00A0 and above but surrogates, U+2028, U+2029, U+FFFE, U+FFFF.</summary>
    /// <remarks>
    /// Sentences are Vietnamese text (U+0020–U+1EF9) and almost never hold anything the writer changes, so the usual
    /// answer comes from four vectorized scans: nothing outside U+0020–U+D7FF, then none of the few characters inside
    /// that range the writer changes. Text that has a character outside the range is checked one character at a time.
    /// </remarks>
    internal static bool CopiedAsIs(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        if (text.ContainsAnyExceptInRange(' ', '\uD7FF'))
        {
            return CopiedAsIsByCharacter(text);
        }

        return !text.ContainsAny('<', '>', '&') && !text.ContainsAnyInRange('\u007F', '\u009F') && !text.ContainsAnyInRange('\u2028', '\u2029');
    }

    /// <summary><see cref="CopiedAsIs"/> one character at a time, for any text.</summary>
    internal static bool CopiedAsIsByCharacter(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < '\u00A0' ? c is < ' ' or > '~' or '<' or '>' or '&' : c is >= '\uD800' and <= '\uDFFF' or '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The SSML as <see cref="XmlWriter"/> writes it (escaping, line breaks); <see cref="ToSsml"/> for the usual script writes the same without it.</summary>
    internal static string ToSsmlWithXmlWriter(IEnumerable<SpeechSegment> segments)
    {
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
