using System.Net;

namespace CchcPublisher.Channels.Http;

/// <summary>Whether a request that got no usable answer may have reached the service.</summary>
internal enum Delivery
{
    /// <summary>The service answered (any status code); read <see cref="ApiResponse.Content"/>.</summary>
    Answered,

    /// <summary>The request never left (circuit open, rate limiter full, connection refused, DNS): nothing happened there.</summary>
    NotSent,

    /// <summary>The request may have been processed (timeout or connection lost after sending).</summary>
    Unknown,
}

/// <summary>The outcome of one HTTP exchange, with transport failures classified. Never carries a credential.</summary>
/// <param name="Delivery">Answered, not sent, or unknown.</param>
/// <param name="StatusCode">HTTP status when answered.</param>
/// <param name="Content">Response body when answered.</param>
/// <param name="Headers">Response headers when answered (names case-insensitive).</param>
/// <param name="Detail">For people and logs: what went wrong in transport (exception type and message).</param>
/// <param name="RetryAfter">When the failure says how long to wait (open circuit, Retry-After).</param>
internal sealed record ApiResponse(
    Delivery Delivery,
    HttpStatusCode? StatusCode,
    string? Content,
    IReadOnlyDictionary<string, string> Headers,
    string? Detail = null,
    TimeSpan? RetryAfter = null)
{
    public bool IsServerError => StatusCode is { } code && (int)code >= 500;
}
