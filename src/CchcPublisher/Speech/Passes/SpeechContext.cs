using CchcPublisher.Speech.Lexicon;

namespace CchcPublisher.Speech.Passes;

/// <summary>What every pass may consult: the number style and the lexicon.</summary>
internal sealed record SpeechContext(NumberStyle Style, SpeechLexicon Lexicon)
{
    public string Cardinal(string digits) => VietnameseNumbers.Cardinal(digits, Style);

    public string Cardinal(ReadOnlySpan<char> digits) => VietnameseNumbers.Cardinal(digits, Style);

    public string Cardinal(long value) => VietnameseNumbers.Cardinal(value, Style);

    /// <summary>A written number: "1.234,5", "98,5", "05", "7"; see <see cref="NumberText"/>.</summary>
    public string Number(string written, bool dotIsDecimal = false) => NumberText.Read(written, Style, dotIsDecimal);
}
