using System.Diagnostics;

namespace CchcPublisher.IntegrationTests.TestSupport;

/// <summary>The real command line in a child process (<c>CchcPublisher.CrashChild</c>), for tests that SIGKILL it.</summary>
internal static class CrashChildProcess
{
    /// <summary>The child's entry assembly, built next to this test assembly (same configuration and framework).</summary>
    public static string DllPath
    {
        get
        {
            var here = new DirectoryInfo(AppContext.BaseDirectory);
            var path = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "CchcPublisher.CrashChild", "bin",
                here.Parent!.Name, here.Name, "CchcPublisher.CrashChild.dll"));
            Assert.True(File.Exists(path), "child not built: " + path);
            return path;
        }
    }

    /// <summary>A start description for <c>dotnet child.dll args...</c> with redirected output.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }
}
