namespace CchcPublisher.Speech;

/// <summary>
/// One stretch of the written text that the normalizer changed, and what is said instead: for highlighting
/// the changed words in a preview. Whitespace tidying is not reported.
/// </summary>
/// <param name="Start">Index of the stretch in the written text.</param>
/// <param name="Length">Its length.</param>
/// <param name="Spoken">The words said for it.</param>
internal sealed record SpeechReplacement(int Start, int Length, string Spoken);
