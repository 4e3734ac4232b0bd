using System.Globalization;
using System.Text.Json;

namespace CchcPublisher.Channels.Zalo;

/// <summary>
/// Zalo's OpenAPI response envelope <c>{"error":0,"message":"Success","data":{…}}</c>. Failures usually come with
/// HTTP 200 and <c>error</c> ≠ 0, so the body is read whatever the status.
/// </summary>
internal sealed record ZaloEnvelope(int Error, string? Message, JsonElement? Data)
{
    /// <summary>The envelope, or <c>null</c> when the body is not JSON or has no numeric <c>error</c>.</summary>
    public static ZaloEnvelope? TryParse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("error", out var error) || ReadInt(error) is not { } code)
            {
                return null;
            }

            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            JsonElement? data = root.TryGetProperty("data", out var d) && d.ValueKind != JsonValueKind.Null ? d.Clone() : null;
            return new ZaloEnvelope(code, message, data);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>An integer given as a JSON number or a numeric string (Zalo uses both).</summary>
    public static int? ReadInt(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Number when element.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(element.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };

    public static long? ReadLong(JsonElement element) =>
        element.ValueKind switch
        {
            JsonValueKind.Number when element.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(element.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };

    /// <summary>A string property of <see cref="Data"/> (numbers are accepted and turned into text).</summary>
    public string? DataString(string name) => StringOf(Data, name);

    public static string? StringOf(JsonElement? element, string name)
    {
        if (element is not { ValueKind: JsonValueKind.Object } obj || !obj.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
