using System.Globalization;
using CchcPublisher.Cli;
using CchcPublisher.IntegrationTests.TestSupport;

// Usage: CchcPublisher.CrashChild <now, ISO 8601> <command line...>
//        CchcPublisher.CrashChild --running <start, ISO 8601> <command line...>
// Runs the real command line with an injected clock. The first form fixes "now", so that a run killed and resumed
// can be compared byte for byte with a clean run (timers still tick; only the wall clock is fixed). The second
// starts the clock at the given instant and lets it run at real speed: a cluster of workers needs time that moves
// (check-ins, takeover) but the test still decides which day it is.
if (args[0] == "--running")
{
    var start = DateTimeOffset.Parse(args[1], CultureInfo.InvariantCulture);
    return await CliApp.RunAsync(args[2..], Console.Out, new RunningClock(start));
}

var now = DateTimeOffset.Parse(args[0], CultureInfo.InvariantCulture);
return await CliApp.RunAsync(args[1..], Console.Out, new FixedClock(now));

/// <summary>A clock whose "now" never moves; delays and timers are real.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
