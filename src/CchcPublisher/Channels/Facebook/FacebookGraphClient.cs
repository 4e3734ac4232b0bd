using System.Globalization;
using System.Net;
using System.Text.Json;
using CchcPublisher.Channels.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Facebook;

/// <summary>
/// Sends Graph requests with the Page token (<c>Authorization: OAuth &lt;token&gt;</c>), reads the usage headers
/// into <see cref="FacebookUsageGate"/>, and classifies every answer. Calls are not sent while the gate is paused.
/// </summary>
internal sealed class FacebookGraphClient(
    IHttpClientFactory httpClientFactory,
    FacebookUsageGate gate,
    IOptions<FacebookOptions> options,
    ILogger<FacebookGraphClient> logger)
{
    public const string HttpClientName = "facebook";

    public async Task<GraphCall> SendAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (gate.PausedFor() is { } paused)
        {
            var minutes = Math.Ceiling(paused.TotalMinutes).ToString(CultureInfo.InvariantCulture);
            return new GraphCall(
                GraphCallStatus.NotSent,
                Detail: "usage pause",
                RetryAfter: paused,
                Explanation: $"Facebook báo mức sử dụng API đã cao; hệ thống tạm dừng gọi Facebook khoảng {minutes} phút rồi tự thử lại.");
        }

        var secrets = new Dictionary<string, string> { [FacebookRequests.AuthorizationHeader] = "OAuth " + options.Value.PageAccessToken };
        var response = await ApiSender.ExecuteAsync(httpClientFactory, HttpClientName, ApiSender.ToRestRequest(request, secrets), cancellationToken);
        var isGet = request.Method == HttpMethod.Get;
        switch (response.Delivery)
        {
            case Delivery.NotSent:
                return new GraphCall(GraphCallStatus.NotSent, Detail: response.Detail, RetryAfter: response.RetryAfter);
            case Delivery.Unknown:
                return new GraphCall(isGet ? GraphCallStatus.NotSent : GraphCallStatus.Unknown, Detail: response.Detail);
            default:
                break;
        }

        gate.Observe(response.Headers);
        if (gate.LastUsagePercent >= options.Value.UsageThresholdPercent)
        {
            logger.FacebookUsageHigh(gate.LastUsagePercent);
        }

        var status = (int?)response.StatusCode;
        var json = Parse(response.Content);
        if (json is { } root && GraphError.TryParse(root) is { } error)
        {
            logger.FacebookGraphError(request.Url.AbsolutePath, error.Code, error.Subcode, error.FbTraceId);
            return new GraphCall(GraphCallStatus.Error, Error: error, HttpStatus: status);
        }

        if (json is { ValueKind: JsonValueKind.Object } data && response.StatusCode is { } code && (int)code is >= 200 and < 300)
        {
            return new GraphCall(GraphCallStatus.Ok, data, HttpStatus: status);
        }

        logger.FacebookUnreadableAnswer(request.Url.AbsolutePath, status);
        var detail = $"HTTP {status}, không đọc được trả lời";
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return new GraphCall(GraphCallStatus.NotSent, HttpStatus: status, Detail: detail, RetryAfter: response.RetryAfter ?? options.Value.ThrottleRetryAfter);
        }

        var refused = status is >= 400 and < 500;
        return new GraphCall(isGet || refused ? GraphCallStatus.NotSent : GraphCallStatus.Unknown, HttpStatus: status, Detail: detail);
    }

    private static JsonElement? Parse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
