using System.Text.Json.Nodes;

namespace CchcPublisher.Channels.Http;

/// <summary>An HTTP request as written to the outbox: credentials replaced by <see cref="Redacted"/>.</summary>
/// <param name="Body">The JSON body (the same JSON value that is sent; indented in the file).</param>
internal sealed record OutboxFileRequest(string Method, string Url, IReadOnlyDictionary<string, string> Headers, JsonNode? Body)
{
    public const string Redacted = "<redacted>";

    public static OutboxFileRequest From(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (request.JsonBody is not null)
        {
            headers["Content-Type"] = ApiRequest.JsonContentType;
        }

        foreach (var name in request.SecretHeaders)
        {
            headers[name] = Redacted;
        }

        return new OutboxFileRequest(
            request.Method.Method,
            request.Url.AbsoluteUri,
            headers,
            request.JsonBody is null ? null : JsonNode.Parse(request.JsonBody));
    }
}
