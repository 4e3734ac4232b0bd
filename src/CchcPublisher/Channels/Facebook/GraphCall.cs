using System.Text.Json;

namespace CchcPublisher.Channels.Facebook;

/// <summary>The outcome of one Graph API call.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Data">The JSON answer when <see cref="GraphCallStatus.Ok"/>.</param>
/// <param name="Error">Graph's error when <see cref="GraphCallStatus.Error"/>.</param>
/// <param name="HttpStatus">HTTP status when Graph answered.</param>
/// <param name="Detail">Transport detail for logs (exception, HTTP status).</param>
/// <param name="RetryAfter">When known, how long to wait.</param>
/// <param name="Explanation">Plain Vietnamese, when the call was held back on purpose (usage pause).</param>
internal sealed record GraphCall(
    GraphCallStatus Status,
    JsonElement? Data = null,
    GraphError? Error = null,
    int? HttpStatus = null,
    string? Detail = null,
    TimeSpan? RetryAfter = null,
    string? Explanation = null)
{
    public string? DataString(string name) =>
        Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
