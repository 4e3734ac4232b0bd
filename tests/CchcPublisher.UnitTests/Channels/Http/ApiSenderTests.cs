using System.Net.Sockets;
using CchcPublisher.Channels.Http;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using RestSharp;

namespace CchcPublisher.UnitTests.Channels.Http;

public sealed class ApiSenderTests
{
    [Fact]
    public void Classify_OpenCircuit_NotSentWithRetryAfter()
    {
        var response = ApiSender.Classify(new BrokenCircuitException("open", TimeSpan.FromSeconds(42)), Method.Post);

        Assert.Equal(Delivery.NotSent, response.Delivery);
        Assert.Equal(TimeSpan.FromSeconds(42), response.RetryAfter);
    }

    [Fact]
    public void Classify_LocalRateLimiterFull_NotSent() =>
        Assert.Equal(Delivery.NotSent, ApiSender.Classify(new RateLimiterRejectedException(TimeSpan.FromSeconds(3)), Method.Post).Delivery);

    [Fact]
    public void Classify_ConnectionRefused_NotSent()
    {
        var refused = new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused));

        Assert.Equal(Delivery.NotSent, ApiSender.Classify(refused, Method.Post).Delivery);
    }

    [Fact]
    public void Classify_TimeoutOnPost_Unknown() =>
        Assert.Equal(Delivery.Unknown, ApiSender.Classify(new TimeoutRejectedException("late", TimeSpan.FromSeconds(30)), Method.Post).Delivery);

    [Fact]
    public void Classify_ResponseEndedOnPost_Unknown() =>
        Assert.Equal(Delivery.Unknown, ApiSender.Classify(new HttpRequestException(HttpRequestError.ResponseEnded, "ended"), Method.Post).Delivery);

    [Fact]
    public void Classify_WrappedTimeout_FoundInInnerExceptions() =>
        Assert.Equal(Delivery.Unknown, ApiSender.Classify(new InvalidOperationException("outer", new TimeoutRejectedException()), Method.Post).Delivery);

    [Fact]
    public void ToRestRequest_SecretHeader_AddedOnlyAtSendTime()
    {
        var request = new ApiRequest(HttpMethod.Post, new Uri("https://openapi.zalo.me/v2.0/article/create"), "{}", ["access_token"]);

        var rest = ApiSender.ToRestRequest(request, new Dictionary<string, string> { ["access_token"] = "tok", ["other"] = "x" });

        Assert.Contains(rest.Parameters, p => p.Name == "access_token" && (string?)p.Value == "tok");
        Assert.DoesNotContain(rest.Parameters, p => p.Name == "other");
    }
}
