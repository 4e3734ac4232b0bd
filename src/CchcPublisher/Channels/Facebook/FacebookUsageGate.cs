using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Facebook;

/// <summary>
/// Reads Graph's usage headers after every answer and pauses calls when usage is high: <c>X-App-Usage</c> and
/// <c>X-Page-Usage</c> (<c>{"call_count":28,"total_time":25,"total_cputime":25}</c>, percentages) and
/// <c>X-Business-Use-Case-Usage</c> (<c>{"&lt;id&gt;":[{"type":"pages","call_count":…,"estimated_time_to_regain_access":minutes}]}</c>).
/// At or above <see cref="FacebookOptions.UsageThresholdPercent"/>, calls pause for Facebook's estimate or
/// <see cref="FacebookOptions.UsagePause"/>; a positive estimate pauses whatever the percentages. In memory, per process.
/// </summary>
internal sealed class FacebookUsageGate(IOptions<FacebookOptions> options, TimeProvider timeProvider)
{
    private readonly Lock _lock = new();
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>The highest usage percentage seen in the last answer that had usage headers.</summary>
    public int LastUsagePercent { get; private set; }

    /// <summary>How long calls stay paused, or <c>null</c> when they may go.</summary>
    public TimeSpan? PausedFor()
    {
        lock (_lock)
        {
            var left = _pausedUntil - timeProvider.GetUtcNow();
            return left > TimeSpan.Zero ? left : null;
        }
    }

    public void Observe(IReadOnlyDictionary<string, string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var percent = 0;
        var regainMinutes = 0;
        var seen = false;
        foreach (var name in (string[])["X-App-Usage", "X-Page-Usage", "X-Ad-Account-Usage"])
        {
            if (headers.TryGetValue(name, out var value) && Parse(value) is { ValueKind: JsonValueKind.Object } usage)
            {
                seen = true;
                percent = Math.Max(percent, MaxPercent(usage));
            }
        }

        if (headers.TryGetValue("X-Business-Use-Case-Usage", out var buc) && Parse(buc) is { ValueKind: JsonValueKind.Object } business)
        {
            foreach (var owner in business.EnumerateObject())
            {
                if (owner.Value.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var entry in owner.Value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
                {
                    seen = true;
                    percent = Math.Max(percent, MaxPercent(entry));
                    regainMinutes = Math.Max(regainMinutes, Number(entry, "estimated_time_to_regain_access"));
                }
            }
        }

        if (!seen)
        {
            return;
        }

        LastUsagePercent = percent;
        TimeSpan? pause = regainMinutes > 0 ? TimeSpan.FromMinutes(regainMinutes)
            : percent >= options.Value.UsageThresholdPercent ? options.Value.UsagePause
            : null;
        if (pause is { } p)
        {
            Pause(p);
        }
    }

    /// <summary>Pauses calls for at least <paramref name="duration"/> (e.g. after a rate-limit error).</summary>
    public void Pause(TimeSpan duration)
    {
        lock (_lock)
        {
            var until = timeProvider.GetUtcNow() + duration;
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    private static int MaxPercent(JsonElement usage) =>
        Math.Max(Number(usage, "call_count"), Math.Max(Number(usage, "total_time"), Number(usage, "total_cputime")));

    private static int Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number)
            ? (int)Math.Ceiling(number)
            : 0;

    private static JsonElement? Parse(string value)
    {
        try
        {
            using var document = JsonDocument.Parse(value);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
