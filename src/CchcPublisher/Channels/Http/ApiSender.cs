using System.Net;
using System.Net.Http.Headers;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using RestSharp;

namespace CchcPublisher.Channels.Http;

/// <summary>
/// Sends requests with RestSharp over a channel's named <see cref="HttpClient"/> and classifies what happened.
/// RestSharp's <c>ExecuteAsync</c> does not throw; every outcome becomes an <see cref="ApiResponse"/>. Caller
/// cancellation (shutdown) is rethrown: the ledger then still says "publishing" and the next start reconciles.
/// </summary>
internal static class ApiSender
{
    /// <summary>Builds the RestSharp request for an <see cref="ApiRequest"/>, adding the credential headers.</summary>
    public static RestRequest ToRestRequest(ApiRequest request, IReadOnlyDictionary<string, string> secretHeaders)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(secretHeaders);
        var rest = new RestRequest(request.Url, ToMethod(request.Method));
        foreach (var name in request.SecretHeaders)
        {
            if (secretHeaders.TryGetValue(name, out var value))
            {
                rest.AddHeader(name, value);
            }
        }

        if (request.JsonBody is not null)
        {
            rest.AddStringBody(request.JsonBody, ContentType.Json);
        }

        return rest;
    }

    public static async Task<ApiResponse> ExecuteAsync(IHttpClientFactory factory, string clientName, RestRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(request);
        using var client = new RestClient(factory.CreateClient(clientName), disposeHttpClient: true);
        var response = await client.ExecuteAsync(request, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        // Any HTTP answer, whatever its status (RestSharp marks non-2xx as "Error" but keeps status and body).
        if (response.StatusCode != 0)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in response.Headers ?? [])
            {
                if (header.Name is { } name && header.Value is { } value)
                {
                    headers[name] = headers.TryGetValue(name, out var existing) ? existing + "," + value : value;
                }
            }

            return new ApiResponse(Delivery.Answered, response.StatusCode, response.Content, headers, RetryAfter: RetryAfter(headers));
        }

        return Classify(response.ErrorException, request.Method);
    }

    /// <summary>Transport failures: "not sent" only when the request certainly never reached the service.</summary>
    internal static ApiResponse Classify(Exception? error, Method method)
    {
        var empty = new Dictionary<string, string>();
        var detail = TransportErrors.Describe(error);
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case BrokenCircuitException broken:
                    return new ApiResponse(Delivery.NotSent, null, null, empty, detail, broken.RetryAfter ?? TimeSpan.FromMinutes(1));
                case RateLimiterRejectedException limited:
                    return new ApiResponse(Delivery.NotSent, null, null, empty, detail, limited.RetryAfter ?? TimeSpan.FromMinutes(1));
                case HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError }:
                    return new ApiResponse(Delivery.NotSent, null, null, empty, detail, TimeSpan.FromMinutes(5));
                case TimeoutRejectedException:
                    return new ApiResponse(Delivery.Unknown, null, null, empty, detail);
                default:
                    break;
            }
        }

        return new ApiResponse(method == Method.Get ? Delivery.NotSent : Delivery.Unknown, null, null, empty, detail);
    }

    private static TimeSpan? RetryAfter(Dictionary<string, string> headers)
    {
        if (!headers.TryGetValue("Retry-After", out var value))
        {
            return null;
        }

        return RetryConditionHeaderValue.TryParse(value, out var parsed) && parsed.Delta is { } delta ? delta : null;
    }

    private static Method ToMethod(HttpMethod method) =>
        method.Method switch
        {
            "GET" => Method.Get,
            "POST" => Method.Post,
            "PUT" => Method.Put,
            "DELETE" => Method.Delete,
            "PATCH" => Method.Patch,
            _ => throw new ArgumentOutOfRangeException(nameof(method), method.Method, "Unsupported HTTP method."),
        };
}
