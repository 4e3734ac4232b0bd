using CchcPublisher.Speech.Markdown;

namespace CchcPublisher.Speech.Scripts;

/// <summary>Article title and Markdown body → <see cref="SpokenScript"/>: rendered, normalized, split into sentences.</summary>
internal sealed class ScriptBuilder(ISpeechNormalizer normalizer)
{
    public SpokenScript Build(string title, string markdownBody)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(markdownBody);
        var paragraphs = MarkdownSpeechRenderer.Render(markdownBody)
            .Select(block => SentenceSplitter.Split(normalizer.Normalize(block)))
            .Where(sentences => sentences.Count > 0)
            .Select(sentences => new SpokenParagraph(sentences))
            .ToList();
        var spokenTitle = SentenceSplitter.EndWithStop(normalizer.Normalize(title).ReplaceLineEndings(" ").Trim());
        return new SpokenScript(spokenTitle, paragraphs);
    }

    /// <summary>Plain (non-Markdown) text such as station announcements, split into paragraphs at blank lines.</summary>
    public IReadOnlyList<SpokenParagraph> BuildPlain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(block => SentenceSplitter.Split(normalizer.Normalize(block.Replace('\n', ' '))))
            .Where(sentences => sentences.Count > 0)
            .Select(sentences => new SpokenParagraph(sentences))
            .ToList();
    }
}
