using CchcPublisher.Speech.Markdown;

namespace CchcPublisher.Speech.Scripts;

/// <summary>Article title and Markdown body → <see cref="SpokenScript"/>: rendered, normalized, split into sentences.</summary>
internal sealed class ScriptBuilder(ISpeechNormalizer normalizer)
{
    public SpokenScript Build(string title, string markdownBody)
    {
        ArgumentNullException.ThrowIfNull(markdownBody);
        return Build(title, Content.Markdown.MarkdownPipelines.Parse(markdownBody));
    }

    /// <summary>An article's script from its already parsed body (shared with the other channels' renderers).</summary>
    public SpokenScript Build(Content.Articles.Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Build(article.Title, article.Document);
    }

    private SpokenScript Build(string title, Markdig.Syntax.MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(title);
        var current = normalizer.Snapshot(); // one lexicon for the whole script
        using var blocks = MarkdownSpeechRenderer.RenderBlocks(document);
        var paragraphs = new List<SpokenParagraph>(blocks.Count);
        var sentences = new List<string>();
        for (var i = 0; i < blocks.Count; i++)
        {
            sentences.Clear();
            current.AddSentences(blocks[i], sentences);
            if (sentences.Count > 0)
            {
                paragraphs.Add(new SpokenParagraph(sentences.ToArray()));
            }
        }

        var spokenTitle = SentenceSplitter.EndWithStop(current.Normalize(title).ReplaceLineEndings(" ").Trim());
        return new SpokenScript(spokenTitle, paragraphs);
    }

    /// <summary>Plain (non-Markdown) text such as station announcements, split into paragraphs at blank lines.</summary>
    public IReadOnlyList<SpokenParagraph> BuildPlain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var current = normalizer.Snapshot();
        return text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(block => SentenceSplitter.Split(current.Normalize(block.Replace('\n', ' '))))
            .Where(sentences => sentences.Count > 0)
            .Select(sentences => new SpokenParagraph(sentences))
            .ToList();
    }
}
