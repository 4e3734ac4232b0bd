namespace CchcPublisher.Channels.Http;

/// <summary>
/// One request to a service, built once and either sent (API mode) or written to the outbox (outbox mode), so
/// that the outbox shows exactly what the API would receive. Secrets are never part of it: the headers named in
/// <see cref="SecretHeaders"/> are added by the sender at send time and shown redacted in the outbox.
/// </summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Url">Absolute URL, never carrying a token.</param>
/// <param name="JsonBody">The JSON body exactly as it is sent, or <c>null</c>.</param>
/// <param name="SecretHeaders">Names of the headers that carry credentials (e.g. <c>access_token</c>, <c>Authorization</c>).</param>
internal sealed record ApiRequest(HttpMethod Method, Uri Url, string? JsonBody, IReadOnlyList<string> SecretHeaders)
{
    public const string JsonContentType = "application/json";
}
