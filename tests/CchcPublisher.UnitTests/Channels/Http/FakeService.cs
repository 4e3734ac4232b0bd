using System.Text.Json;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace CchcPublisher.UnitTests.Channels.Http;

/// <summary>A request as the fake sees it (header names case-insensitive).</summary>
internal sealed record FakeRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public IReadOnlyDictionary<string, string> Form =>
        Body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : string.Empty, StringComparer.Ordinal);

    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
}

/// <summary>What the fake answers; <see cref="Delay"/> is waited after the handler has recorded the request.</summary>
internal sealed record FakeResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    public static FakeResponse Json(object value, int status = 200, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, JsonSerializer.Serialize(value), headers);
}

/// <summary>
/// A WireMock.Net server on loopback with one catch-all mapping whose callback runs a plain C# handler, so fakes
/// can keep state (tokens that rotate, posts that exist). Every request is also kept in <see cref="Requests"/>.
/// </summary>
internal sealed class FakeService : IDisposable
{
    private readonly WireMockServer _server;
    private readonly Lock _lock = new();
    private readonly List<FakeRequest> _requests = [];
    private readonly List<FakeResponse> _responses = [];

    public FakeService(Func<FakeRequest, FakeResponse> handler)
    {
        _server = WireMockServer.Start();
        _server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(async message =>
            {
                var request = ToFake(message);
                FakeResponse response;
                lock (_lock)
                {
                    _requests.Add(request);
                    response = handler(request);
                    _responses.Add(response);
                }

                if (response.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(response.Delay);
                }

                return ToMessage(response);
            }));
    }

    public string Url => _server.Url!;

    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    public IReadOnlyList<FakeResponse> Responses
    {
        get
        {
            lock (_lock)
            {
                return [.. _responses];
            }
        }
    }

    public void Dispose() => _server.Stop();

    private static FakeRequest ToFake(IRequestMessage message)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in message.Headers ?? new Dictionary<string, WireMockList<string>>())
        {
            headers[name] = string.Join(",", values);
        }

        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in message.Query ?? new Dictionary<string, WireMockList<string>>())
        {
            query[name] = string.Join(",", values);
        }

        return new FakeRequest(message.Method, message.Path, query, headers, message.Body ?? string.Empty);
    }

    private static ResponseMessage ToMessage(FakeResponse response)
    {
        var message = new ResponseMessage
        {
            StatusCode = response.Status,
            BodyData = new BodyData { BodyAsString = response.Body, DetectedBodyType = BodyType.String },
        };
        message.AddHeader("Content-Type", response.Body.StartsWith('{') ? "application/json; charset=UTF-8" : "text/html; charset=UTF-8");
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            message.AddHeader(name, value);
        }

        return message;
    }
}
