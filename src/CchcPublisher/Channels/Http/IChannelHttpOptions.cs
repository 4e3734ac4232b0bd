namespace CchcPublisher.Channels.Http;

/// <summary>The resilience settings every HTTP channel exposes in its options (see <see cref="ChannelHttp"/>).</summary>
internal interface IChannelHttpOptions
{
    /// <summary>Time allowed for one HTTP attempt.</summary>
    TimeSpan AttemptTimeout { get; }

    /// <summary>Time allowed for one call including its retries; greater than <see cref="AttemptTimeout"/>.</summary>
    TimeSpan TotalTimeout { get; }

    /// <summary>Retries for safe requests (GET) that failed before the service answered; POSTs are never retried.</summary>
    int MaxRetries { get; }

    /// <summary>Requests per minute this service may receive from us (token bucket; excess requests wait).</summary>
    int RequestsPerMinute { get; }

    /// <summary>How long the circuit stays open after repeated failures (requests then fail fast, unsent).</summary>
    TimeSpan CircuitBreakDuration { get; }
}
