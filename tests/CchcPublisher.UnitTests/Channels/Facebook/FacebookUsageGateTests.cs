using CchcPublisher.Channels.Facebook;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.UnitTests.Channels.Facebook;

public sealed class FacebookUsageGateTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    private FacebookUsageGate Gate() => new(Options.Create(new FacebookOptions()), _time);

    private static Dictionary<string, string> Headers(string name, string value) => new(StringComparer.OrdinalIgnoreCase) { [name] = value };

    [Fact]
    public void Observe_NoHeaders_NotPaused()
    {
        var gate = Gate();

        gate.Observe(new Dictionary<string, string>());

        Assert.Null(gate.PausedFor());
    }

    [Fact]
    public void Observe_AppUsageAtThreshold_PausesForUsagePause()
    {
        var gate = Gate();

        gate.Observe(Headers("x-app-usage", """{"call_count":12,"total_time":90,"total_cputime":3}"""));

        Assert.Equal(TimeSpan.FromHours(1), gate.PausedFor());
        Assert.Equal(90, gate.LastUsagePercent);
    }

    [Fact]
    public void Observe_BusinessUseCaseEstimate_PausesForEstimateThenReleases()
    {
        var gate = Gate();

        gate.Observe(Headers("X-Business-Use-Case-Usage", """{"104857600123":[{"type":"pages","call_count":100,"total_cputime":4,"total_time":4,"estimated_time_to_regain_access":12}]}"""));

        Assert.Equal(TimeSpan.FromMinutes(12), gate.PausedFor());
        _time.Advance(TimeSpan.FromMinutes(12));
        Assert.Null(gate.PausedFor());
    }

    [Theory]
    [InlineData("X-App-Usage", "not json")]
    [InlineData("X-App-Usage", "[95]")]
    [InlineData("X-App-Usage", """{"call_count":"95"}""")]
    [InlineData("X-Business-Use-Case-Usage", """{"1":"oops"}""")]
    [InlineData("X-Business-Use-Case-Usage", """{"1":[1,2,{"call_count":null}]}""")]
    public void Observe_MalformedHeaders_IgnoredWithoutThrowing(string name, string value)
    {
        var gate = Gate();

        gate.Observe(Headers(name, value));

        Assert.Null(gate.PausedFor());
    }

    [Fact]
    public void Pause_ShorterThanCurrent_KeepsLonger()
    {
        var gate = Gate();

        gate.Pause(TimeSpan.FromHours(2));
        gate.Pause(TimeSpan.FromMinutes(5));

        Assert.Equal(TimeSpan.FromHours(2), gate.PausedFor());
    }
}
