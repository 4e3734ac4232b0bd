namespace CchcPublisher.Speech.Scripts;

/// <summary>One piece of something to be read aloud: a paragraph of sentences or a pause.</summary>
internal abstract record SpeechSegment;

/// <summary>A paragraph of speech-ready sentences (no digits, acronyms or symbols).</summary>
internal sealed record SpokenParagraph(IReadOnlyList<string> Sentences) : SpeechSegment
{
    public string Text => string.Join(' ', Sentences);

    public int Syllables => Sentences.Sum(SpeechText.CountSyllables);
}

/// <summary>A silence: between paragraphs, between programme items.</summary>
internal sealed record SpeechPause(TimeSpan Duration) : SpeechSegment;
