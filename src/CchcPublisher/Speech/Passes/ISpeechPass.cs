namespace CchcPublisher.Speech.Passes;

/// <summary>
/// One step of <see cref="SpeechNormalizer"/>: rewrites one kind of written form (dates, document symbols,
/// abbreviations…) into words. Passes run in a fixed order; each must leave text it does not recognise alone.
/// </summary>
internal interface ISpeechPass
{
    /// <summary>
    /// A necessary condition for <see cref="Apply"/> to change a text with these <paramref name="traits"/>: false means
    /// it would return the text as it is, so <see cref="PassCascade"/> does not call it. Most reading windows hold one
    /// number or one acronym, so most passes are skipped.
    /// </summary>
    bool MayChange(TextTraits traits);

    string Apply(string text, SpeechContext context);
}
