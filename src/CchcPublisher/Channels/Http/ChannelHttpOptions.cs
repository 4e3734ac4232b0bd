using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace CchcPublisher.Channels.Http;

/// <summary>The resilience settings every HTTP channel has in its options (see <see cref="ChannelHttp"/>).</summary>
[UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Range(typeof(TimeSpan), ...) converts its bounds with TimeSpan's own TypeConverter, which trimming keeps; only generic converters (Nullable<T>) need annotations.")]
internal abstract class ChannelHttpOptions
{
    /// <summary>Time allowed for one HTTP attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for one call including its retries; greater than <see cref="AttemptTimeout"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:02", "00:30:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries for safe requests (GET) that failed before the service answered; POSTs are never retried.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Requests per minute this service may receive from us (token bucket; excess requests wait).</summary>
    [Range(1, 4000)]
    public int RequestsPerMinute { get; set; } = 60;

    /// <summary>How long the circuit stays open after repeated failures (requests then fail fast, unsent).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromMinutes(1);
}
