using System.Globalization;
using CchcPublisher.Cli;

// Usage: CchcPublisher.CrashChild <now, ISO 8601> <command line...>
// Runs the real command line with "now" fixed, so that a run killed and resumed can be compared byte for byte
// with a clean run. Timers still tick (only the wall clock is fixed).
var now = DateTimeOffset.Parse(args[0], CultureInfo.InvariantCulture);
return await CliApp.RunAsync(args[1..], Console.Out, new FixedClock(now));

/// <summary>A clock whose "now" never moves; delays and timers are real.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
