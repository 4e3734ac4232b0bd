using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using RestSharp;
using RestSharp.Authenticators;

namespace CchcPublisher.Channels.Website;

/// <summary>
/// The WordPress REST calls the website channel makes, through RestSharp over the named, resilient
/// <see cref="HttpClient"/>. Every call returns a <see cref="WordPressResult{T}"/>: an answer is parsed, a
/// missing answer is classified (never sent / sent but unanswered), nothing throws except cancellation.
/// Supports both route forms (<c>/wp-json/wp/v2/...</c> and <c>?rest_route=/wp/v2/...</c>).
/// </summary>
internal sealed class WordPressApi(IHttpClientFactory httpClientFactory, IOptions<WebsiteOptions> options, ILogger<WordPressApi> logger) : IDisposable
{
    public const string HttpClientName = "website-wordpress";

    private readonly SemaphoreSlim _detectLock = new(1, 1);
    private WordPressRouteStyle? _detected;

    private WordPressOptions Settings => options.Value.WordPress;

    /// <summary>Base address of the site, ending with '/'.</summary>
    public Uri BaseUrl
    {
        get
        {
            var url = Settings.BaseUrl ?? throw new InvalidOperationException("WordPress BaseUrl is not configured.");
            return new Uri(url.EndsWith('/') ? url : url + "/", UriKind.Absolute);
        }
    }

    /// <summary>
    /// The route form to use: the configured one, or (Auto) the first that answers with the <c>wp/v2</c>
    /// namespace, remembered once found.
    /// </summary>
    public async Task<WordPressResult<WordPressRouteStyle>> GetRouteStyleAsync(CancellationToken cancellationToken)
    {
        if (Settings.RouteStyle != WordPressRouteStyle.Auto)
        {
            return WordPressResult<WordPressRouteStyle>.Ok(Settings.RouteStyle);
        }

        if (_detected is { } known)
        {
            return WordPressResult<WordPressRouteStyle>.Ok(known);
        }

        await _detectLock.WaitAsync(cancellationToken);
        try
        {
            if (_detected is { } again)
            {
                return WordPressResult<WordPressRouteStyle>.Ok(again);
            }

            WordPressFailure? last = null;
            foreach (var style in (WordPressRouteStyle[])[WordPressRouteStyle.Pretty, WordPressRouteStyle.Query])
            {
                var index = await SendAsync(style, Method.Get, "/", WordPressJsonContext.Default.WpIndex, r => r.AddQueryParameter("_fields", "namespaces"), authenticate: false, cancellationToken);
                if (index.IsOk && index.Value.Namespaces?.Contains("wp/v2") == true)
                {
                    _detected = style;
                    logger.WordPressRouteDetected(BaseUrl.AbsoluteUri, style);
                    return WordPressResult<WordPressRouteStyle>.Ok(style);
                }

                if (!index.IsOk && index.Failure.Kind == WordPressFailureKind.NotSent)
                {
                    return WordPressResult<WordPressRouteStyle>.Fail(index.Failure);
                }

                last = index.IsOk ? new WordPressFailure(WordPressFailureKind.Http, 404, "rest_no_route", "no wp/v2 namespace") : index.Failure;
            }

            // Both forms answered, but not as WordPress's REST API (or one timed out: then say that).
            return WordPressResult<WordPressRouteStyle>.Fail(last!.Kind == WordPressFailureKind.NoAnswer
                ? last
                : last with { Kind = WordPressFailureKind.Http, Code = "rest_no_route" });
        }
        finally
        {
            _detectLock.Release();
        }
    }

    public void Dispose() => _detectLock.Dispose();

    /// <summary>Calls <paramref name="route"/> (e.g. <c>/wp/v2/posts</c>) and parses the JSON answer.</summary>
    public async Task<WordPressResult<T>> SendAsync<T>(
        Method method,
        string route,
        JsonTypeInfo<T> answerType,
        Action<RestRequest>? configure,
        CancellationToken cancellationToken)
    {
        var style = await GetRouteStyleAsync(cancellationToken);
        return style.IsOk
            ? await SendAsync(style.Value, method, route, answerType, configure, authenticate: true, cancellationToken)
            : WordPressResult<T>.Fail(style.Failure);
    }

    /// <summary>A JSON body serialized with the WordPress naming (snake_case).</summary>
    public static void AddJson<TBody>(RestRequest request, TBody body, JsonTypeInfo<TBody> type)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.AddStringBody(JsonSerializer.Serialize(body, type), ContentType.Json);
    }

    private async Task<WordPressResult<T>> SendAsync<T>(
        WordPressRouteStyle style,
        Method method,
        string route,
        JsonTypeInfo<T> answerType,
        Action<RestRequest>? configure,
        bool authenticate,
        CancellationToken cancellationToken)
    {
        var settings = Settings;
        var clientOptions = new RestClientOptions(BaseUrl)
        {
            // Redirects are not followed: a redirected POST silently becomes a GET and "succeeds".
            FollowRedirects = false,

            // The resilience handler owns timeouts; RestSharp's own (100 s by default) would cut its total timeout short.
            Timeout = Timeout.InfiniteTimeSpan,
            Authenticator = authenticate ? new HttpBasicAuthenticator(settings.User ?? string.Empty, settings.AppPassword ?? string.Empty) : null,
            UserAgent = "CchcPublisher",
        };
        using var client = new RestClient(httpClientFactory.CreateClient(HttpClientName), clientOptions);
        var request = style == WordPressRouteStyle.Pretty
            ? new RestRequest("wp-json" + route, method)
            : new RestRequest(string.Empty, method).AddQueryParameter("rest_route", route);
        configure?.Invoke(request);

        var response = await client.ExecuteAsync(request, cancellationToken);
        if (response.ResponseStatus != ResponseStatus.Completed && response.StatusCode == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var failure = Classify(response.ErrorException);
            logger.WordPressCallFailed(method.ToString().ToUpperInvariant(), route, failure.Kind, failure.Status, failure.Code);
            return WordPressResult<T>.Fail(failure);
        }

        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            try
            {
                var value = JsonSerializer.Deserialize(response.Content ?? string.Empty, answerType);
                if (value is not null)
                {
                    return WordPressResult<T>.Ok(value);
                }
            }
            catch (JsonException)
            {
                // Reported below as a bad answer.
            }

            var bad = new WordPressFailure(WordPressFailureKind.BadAnswer, status, Message: Http.TransportErrors.DescribeHtmlPage(response.Content) ?? Excerpt(response.Content));
            logger.WordPressCallFailed(method.ToString().ToUpperInvariant(), route, bad.Kind, bad.Status, bad.Code);
            return WordPressResult<T>.Fail(bad);
        }

        var error = ParseError(response.Content);
        var http = new WordPressFailure(
            WordPressFailureKind.Http,
            status,
            error?.Code ?? (status is >= 300 and < 400 ? "redirect" : null),
            error?.Message ?? (status is >= 300 and < 400
                ? response.Headers?.FirstOrDefault(h => string.Equals(h.Name, "Location", StringComparison.OrdinalIgnoreCase))?.Value
                : Http.TransportErrors.DescribeHtmlPage(response.Content) ?? Excerpt(response.Content)),
            error?.Data?.TermId,
            RetryAfter(response));
        logger.WordPressCallFailed(method.ToString().ToUpperInvariant(), route, http.Kind, http.Status, http.Code);
        return WordPressResult<T>.Fail(http);
    }

    /// <summary>
    /// No answer: was the request sent at all? Connection and name errors, an open circuit and the rate
    /// limiter stop it before it leaves; anything else (timeouts, a dropped connection) may have been received.
    /// </summary>
    private static WordPressFailure Classify(Exception? exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case BrokenCircuitException:
                case RateLimiterRejectedException:
                case HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError }:
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable }:
                    return new WordPressFailure(WordPressFailureKind.NotSent, Message: Http.TransportErrors.Describe(ex));
            }
        }

        return new WordPressFailure(WordPressFailureKind.NoAnswer, Message: Http.TransportErrors.Describe(exception));
    }

    private static WpError? ParseError(string? content)
    {
        if (string.IsNullOrWhiteSpace(content) || content.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(content, WordPressJsonContext.Default.WpError);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TimeSpan? RetryAfter(RestResponse response)
    {
        var value = response.Headers?.FirstOrDefault(h => string.Equals(h.Name, "Retry-After", StringComparison.OrdinalIgnoreCase))?.Value;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;
    }

    /// <summary>The start of a non-JSON body (an HTML error page, a PHP warning), for the official and the log.</summary>
    private static string? Excerpt(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }

        var text = content.Trim();
        return text.Length <= 200 ? text : text[..200] + "…";
    }
}
