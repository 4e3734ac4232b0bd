using System.Text.Json;

namespace CchcPublisher.Channels.Facebook;

/// <summary>Graph's error object <c>{"error":{"message","type","code","error_subcode","fbtrace_id"}}</c>.</summary>
internal sealed record GraphError(int Code, int? Subcode, string? Message, string? Type, string? FbTraceId)
{
    /// <summary>The error in a response body, or <c>null</c> when the body is not a Graph error.</summary>
    public static GraphError? TryParse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("error", out var error)
            || error.ValueKind != JsonValueKind.Object
            || !error.TryGetProperty("code", out var code)
            || code.ValueKind != JsonValueKind.Number
            || !code.TryGetInt32(out var codeValue))
        {
            return null;
        }

        int? subcode = error.TryGetProperty("error_subcode", out var sub) && sub.ValueKind == JsonValueKind.Number && sub.TryGetInt32(out var subValue)
            ? subValue
            : null;
        return new GraphError(codeValue, subcode, Text(error, "message"), Text(error, "type"), Text(error, "fbtrace_id"));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
