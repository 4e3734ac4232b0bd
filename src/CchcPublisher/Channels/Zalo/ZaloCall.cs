using System.Text.Json;

namespace CchcPublisher.Channels.Zalo;

/// <summary>The outcome of one OpenAPI call.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Data">The envelope's <c>data</c> when <see cref="ZaloCallStatus.Ok"/>.</param>
/// <param name="ErrorCode">Zalo's <c>error</c> when <see cref="ZaloCallStatus.Error"/>.</param>
/// <param name="Message">Zalo's <c>message</c>, or the Vietnamese token problem for <see cref="ZaloCallStatus.TokenUnavailable"/>.</param>
/// <param name="Detail">Transport detail (exception, HTTP status) for logs.</param>
/// <param name="RetryAfter">When known, how long to wait.</param>
internal sealed record ZaloCall(
    ZaloCallStatus Status,
    JsonElement? Data = null,
    int? ErrorCode = null,
    string? Message = null,
    string? Detail = null,
    TimeSpan? RetryAfter = null)
{
    public string? DataString(string name) => ZaloEnvelope.StringOf(Data, name);
}
