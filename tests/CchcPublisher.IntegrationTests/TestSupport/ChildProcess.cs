using System.Diagnostics;

namespace CchcPublisher.IntegrationTests.TestSupport;

/// <summary>
/// Runs a program to its end with a time limit and returns its exit code and both outputs. Past the limit the whole
/// process tree is killed and a <see cref="TimeoutException"/> names the program.
/// </summary>
internal static class ChildProcess
{
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        string file, IEnumerable<string> arguments, TimeSpan timeLimit, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeLimit);
        var stdout = process.StandardOutput.ReadToEndAsync(limit.Token);
        var stderr = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"{Path.GetFileName(file)} did not finish within {timeLimit.TotalSeconds} s.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
