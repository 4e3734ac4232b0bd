namespace CchcPublisher.Channels.Facebook;

/// <summary>A Graph error explained for the official.</summary>
/// <param name="Kind">What it means.</param>
/// <param name="Explanation">Plain Vietnamese, ending with the code and Facebook's message.</param>
/// <param name="RetryAfter">For temporary errors: when to try again.</param>
internal sealed record FacebookErrorInfo(FacebookErrorKind Kind, string Explanation, TimeSpan? RetryAfter);
