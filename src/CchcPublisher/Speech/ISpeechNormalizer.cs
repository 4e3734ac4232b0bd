namespace CchcPublisher.Speech;

/// <summary>Turns written Vietnamese (plain text, not Markdown) into the words an announcer or a TTS engine says.</summary>
internal interface ISpeechNormalizer
{
    /// <summary>The spoken form. Line breaks are kept; the result has no digits, acronyms or misreadable symbols.</summary>
    string Normalize(string text);
}
