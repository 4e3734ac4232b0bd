namespace CchcPublisher.Speech.Passes;

/// <summary>
/// One step of <see cref="SpeechNormalizer"/>: rewrites one kind of written form (dates, document symbols,
/// abbreviations…) into words. Passes run in a fixed order; each must leave text it does not recognise alone.
/// </summary>
internal interface ISpeechPass
{
    string Apply(string text, SpeechContext context);
}
