namespace CchcPublisher.Speech.Tokens;

/// <summary>What a <see cref="SpeechToken"/> is made of.</summary>
internal enum SpeechTokenKind : byte
{
    /// <summary>A run of Latin letters (Vietnamese included): "Ủy", "ban", "UBND".</summary>
    Word,

    /// <summary>A run of spaces, tabs, carriage returns and line feeds.</summary>
    Space,

    /// <summary>One of . , ; : ! ?</summary>
    Punctuation,

    /// <summary>A run of anything else: digits, symbols, other scripts, other white space.</summary>
    Other,
}
