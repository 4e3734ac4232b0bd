using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CchcPublisher.Channels.Http;

/// <summary>The JSON settings the social channels use on the wire and in outbox files.</summary>
internal static class JsonDefaults
{
    /// <summary>
    /// Request bodies and response DTOs: snake_case names (both Zalo and Graph use them), nulls omitted, numbers
    /// accepted as strings (Zalo sends <c>expires_in</c> as a string). Vietnamese is written as UTF-8, not
    /// <c>\uXXXX</c>: the bodies are JSON for APIs, never embedded in HTML.
    /// </summary>
    public static JsonSerializerOptions Wire { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Outbox files: like <see cref="Wire"/>, camelCase envelope, indented for people to read.</summary>
    public static JsonSerializerOptions File { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
