using System.Diagnostics.CodeAnalysis;
using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Http;

/// <summary>
/// The one resilience layer of an HTTP channel, on its named <see cref="HttpClient"/>'s handler (the standard
/// pipeline: rate limiter → total timeout → retry → circuit breaker → attempt timeout). The channel wraps the
/// client in RestSharp and never retries on its own.
/// </summary>
internal static class ChannelHttp
{
    /// <summary>
    /// Registers the named client <paramref name="name"/> configured from <typeparamref name="TOptions"/>:
    /// <list type="bullet">
    /// <item>retries with exponential backoff and jitter, for safe methods only: a POST is never retried,
    /// because a POST that timed out may have been published (the channel reports it as unknown and reconciles);</item>
    /// <item>attempt and total timeouts; a circuit breaker that fails fast (unsent) after repeated failures;</item>
    /// <item>a per-channel token bucket of <see cref="ChannelHttpOptions.RequestsPerMinute"/> (excess requests wait).</item>
    /// </list>
    /// </summary>
    public static IHttpClientBuilder AddChannelHttpClient<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(this IServiceCollection services, string name)
        where TOptions : ChannelHttpOptions
    {
        services.AddKeyedSingleton<RateLimiter>(name, (sp, _) =>
        {
            var perMinute = sp.GetRequiredService<IOptions<TOptions>>().Value.RequestsPerMinute;
            return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = perMinute,
                TokensPerPeriod = perMinute,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                QueueLimit = 100,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
        });

        // The resilience handler owns every timeout (HttpClient's own 100 s default would cut it short).
        // The factory's default request logging is removed: at Trace level its structured state carries the raw
        // header collection (access tokens included), which structured log sinks may serialise. The channels log
        // their own events, never with credentials.
        var builder = services.AddHttpClient(name, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        builder.AddStandardResilienceHandler().Configure((resilience, sp) =>
        {
            var options = sp.GetRequiredService<IOptions<TOptions>>().Value;
            resilience.AttemptTimeout.Timeout = options.AttemptTimeout;
            resilience.TotalRequestTimeout.Timeout = options.TotalTimeout;
            resilience.Retry.UseJitter = true;
            resilience.Retry.BackoffType = Polly.DelayBackoffType.Exponential;
            resilience.Retry.Delay = TimeSpan.FromSeconds(1);
            resilience.Retry.MaxRetryAttempts = Math.Max(1, options.MaxRetries);
            if (options.MaxRetries == 0)
            {
                resilience.Retry.ShouldHandle = _ => ValueTask.FromResult(false);
            }

#pragma warning disable EXTEXP0001 // Experimental API; it is exactly the rule we need: never retry POST/PUT/PATCH/DELETE.
            resilience.Retry.DisableForUnsafeHttpMethods();
#pragma warning restore EXTEXP0001
            resilience.CircuitBreaker.BreakDuration = options.CircuitBreakDuration;
            resilience.CircuitBreaker.MinimumThroughput = 5;
            resilience.CircuitBreaker.FailureRatio = 0.5;
            var sampling = options.AttemptTimeout * 2 + TimeSpan.FromSeconds(1);
            resilience.CircuitBreaker.SamplingDuration = sampling > TimeSpan.FromSeconds(30) ? sampling : TimeSpan.FromSeconds(30);
            var limiter = sp.GetRequiredKeyedService<RateLimiter>(name);
            resilience.RateLimiter.RateLimiter = args => limiter.AcquireAsync(1, args.Context.CancellationToken);
        });
        return builder;
    }
}
