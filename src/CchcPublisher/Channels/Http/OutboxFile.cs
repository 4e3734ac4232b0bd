using System.Text.Json.Nodes;

namespace CchcPublisher.Channels.Http;

/// <summary>The content of one outbox file: which article, and the request the service would receive.</summary>
/// <param name="Channel">Channel name.</param>
/// <param name="ArticleId">The article's stable id.</param>
/// <param name="ContentHash">The article version.</param>
/// <param name="Title">The article's title, for people browsing the folder.</param>
/// <param name="WrittenAt">When the file was written, in the commune's time zone.</param>
/// <param name="Request">The request.</param>
/// <param name="Notes">Vietnamese notes for the official (e.g. what the real API would refuse), may be empty.</param>
internal sealed record OutboxFile(
    string Channel,
    string ArticleId,
    string ContentHash,
    string Title,
    DateTimeOffset WrittenAt,
    OutboxFileRequest Request,
    IReadOnlyList<string> Notes);

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
