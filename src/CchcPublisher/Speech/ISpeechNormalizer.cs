namespace CchcPublisher.Speech;

/// <summary>Turns written Vietnamese (plain text, not Markdown) into the words an announcer or a TTS engine says.</summary>
internal interface ISpeechNormalizer
{
    /// <summary>The spoken form. Line breaks are kept; the result has no digits, acronyms or misreadable symbols.</summary>
    string Normalize(string text);

    /// <summary>
    /// The normalizer to use for a batch of texts that belong together (one article's script): the same lexicon for
    /// every text of the batch, and no per-text check for a changed lexicon file. Itself when it never changes.
    /// </summary>
    ISpeechNormalizer Snapshot() => this;

    /// <summary>
    /// Adds the sentences of the spoken form of <paramref name="text"/> to <paramref name="sentences"/>: what
    /// <see cref="Scripts.SentenceSplitter.Split(string)"/> of <see cref="Normalize"/> gives.
    /// </summary>
    void AddSentences(ReadOnlySpan<char> text, List<string> sentences) =>
        Scripts.SentenceSplitter.Split(Normalize(text.ToString()), sentences);
}
