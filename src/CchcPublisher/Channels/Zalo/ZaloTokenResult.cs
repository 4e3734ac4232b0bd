namespace CchcPublisher.Channels.Zalo;

/// <summary>An access token, or why there is none. <see cref="ToString"/> never shows the token.</summary>
/// <param name="AccessToken">The token when available.</param>
/// <param name="Error">Plain Vietnamese: why there is no token and what to do.</param>
/// <param name="RetryAfter">Set when the problem is temporary (Zalo unreachable).</param>
internal sealed record ZaloTokenResult(string? AccessToken, string? Error, TimeSpan? RetryAfter)
{
    public bool Ok => AccessToken is not null;

    public static ZaloTokenResult From(string token) => new(token, null, null);

    public static ZaloTokenResult Fail(string error, TimeSpan? retryAfter = null) => new(null, error, retryAfter);

    public override string ToString() => Ok ? "ZaloTokenResult { Ok }" : $"ZaloTokenResult {{ Error = {Error} }}";
}
