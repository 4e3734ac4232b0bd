using System.Diagnostics;

namespace CchcPublisher.IntegrationTests.TestSupport;

/// <summary>
/// A clock that starts at a given instant and runs at real speed: for workers that need time to move (timers,
/// cluster check-ins) while the test still decides which day it is. Also compiled into <c>CchcPublisher.CrashChild</c>.
/// </summary>
internal sealed class RunningClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _origin = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start + Stopwatch.GetElapsedTime(_origin);
}
