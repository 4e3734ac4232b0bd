using System.Net;
using CchcPublisher.Channels.Http;
using Microsoft.Extensions.Logging;

namespace CchcPublisher.Channels.Zalo;

/// <summary>
/// Sends OpenAPI requests with the current access token (header <c>access_token</c>) and reads Zalo's envelope
/// whatever the HTTP status. On -216/-220 (token invalid or expired) it refreshes the token and retries the call
/// once: Zalo answered with an error, so nothing was done and the retry cannot publish twice.
/// </summary>
internal sealed class ZaloApiClient(IHttpClientFactory httpClientFactory, ZaloTokenProvider tokens, ILogger<ZaloApiClient> logger)
{
    public const string HttpClientName = "zalo";

    public async Task<ZaloCall> SendAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = await tokens.GetAccessTokenAsync(null, cancellationToken);
        if (!token.Ok)
        {
            return new ZaloCall(ZaloCallStatus.TokenUnavailable, Message: token.Error, RetryAfter: token.RetryAfter);
        }

        var call = await SendOnceAsync(request, token.AccessToken!, cancellationToken);
        if (call is { Status: ZaloCallStatus.Error, ErrorCode: { } code } && ZaloErrors.IsTokenError(code))
        {
            logger.ZaloTokenRejected(request.Url.AbsolutePath, code);
            token = await tokens.GetAccessTokenAsync(token.AccessToken, cancellationToken);
            if (!token.Ok)
            {
                return new ZaloCall(ZaloCallStatus.TokenUnavailable, Message: token.Error, RetryAfter: token.RetryAfter);
            }

            call = await SendOnceAsync(request, token.AccessToken!, cancellationToken);
        }

        return call;
    }

    private async Task<ZaloCall> SendOnceAsync(ApiRequest request, string accessToken, CancellationToken cancellationToken)
    {
        var rest = ApiSender.ToRestRequest(request, new Dictionary<string, string> { [ZaloRequests.AccessTokenHeader] = accessToken });
        var response = await ApiSender.ExecuteAsync(httpClientFactory, HttpClientName, rest, cancellationToken);
        var isGet = request.Method == HttpMethod.Get;
        switch (response.Delivery)
        {
            case Delivery.NotSent:
                return new ZaloCall(ZaloCallStatus.NotSent, Detail: response.Detail, RetryAfter: response.RetryAfter);
            case Delivery.Unknown:
                return new ZaloCall(isGet ? ZaloCallStatus.NotSent : ZaloCallStatus.Unknown, Detail: response.Detail);
            default:
                break;
        }

        if (ZaloEnvelope.TryParse(response.Content) is { } envelope)
        {
            return envelope.Error == 0
                ? new ZaloCall(ZaloCallStatus.Ok, envelope.Data)
                : new ZaloCall(ZaloCallStatus.Error, ErrorCode: envelope.Error, Message: envelope.Message, Detail: "HTTP " + (int?)response.StatusCode);
        }

        var detail = $"HTTP {(int?)response.StatusCode}, unreadable body";
        logger.ZaloUnreadableAnswer(request.Url.AbsolutePath, (int?)response.StatusCode);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return new ZaloCall(ZaloCallStatus.NotSent, Detail: detail, RetryAfter: response.RetryAfter ?? TimeSpan.FromMinutes(5));
        }

        // A 4xx without Zalo's envelope comes from a gateway that refused the request; a 2xx or 5xx without it
        // may have been processed.
        var refused = response.StatusCode is { } status && (int)status is >= 400 and < 500;
        return new ZaloCall(isGet || refused ? ZaloCallStatus.NotSent : ZaloCallStatus.Unknown, Detail: detail);
    }
}
