namespace CchcPublisher.Channels.Zalo;

/// <summary>A Zalo error code explained for the official.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="Explanation">Plain Vietnamese: what happened and what the official must do, ending with the code.</param>
/// <param name="RetryAfter">For temporary errors: when to try again.</param>
internal sealed record ZaloErrorInfo(ZaloErrorKind Kind, string Explanation, TimeSpan? RetryAfter);
