namespace CchcPublisher.Speech.Tokens;

/// <summary>A span of the original text: no string is made for it.</summary>
/// <param name="Kind">What the span holds.</param>
/// <param name="Start">Index of its first character.</param>
/// <param name="Length">Its length in UTF-16 code units.</param>
/// <param name="Newline">For <see cref="SpeechTokenKind.Space"/>: whether it holds a line feed.</param>
/// <param name="Capitals">For <see cref="SpeechTokenKind.Word"/>: its capitals, counted up to 2 (what <see cref="PlainWords"/> needs).</param>
internal readonly record struct SpeechToken(SpeechTokenKind Kind, int Start, int Length, bool Newline = false, byte Capitals = 0)
{
    public int End => Start + Length;
}
