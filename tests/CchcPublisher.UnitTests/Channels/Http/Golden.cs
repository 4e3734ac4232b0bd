using System.Runtime.CompilerServices;

namespace CchcPublisher.UnitTests.Channels.Http;

/// <summary>
/// Golden files under <c>TestData/Channels/Social/</c>: the input <c>&lt;case&gt;.md</c> beside the expected output.
/// Set CCHC_UPDATE_GOLDEN=1 to rewrite the expected files in the source tree (then review the diff).
/// </summary>
internal static class Golden
{
    public static string Input(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Channels", "Social", name)).ReplaceLineEndings("\n");

    public static void AssertMatches(string expectedFile, string actual, [CallerFilePath] string callerPath = "")
    {
        var source = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerPath)!, "..", "..", "TestData", "Channels", "Social", expectedFile));
        if (Environment.GetEnvironmentVariable("CCHC_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(source, actual);
            return;
        }

        var expectedPath = Path.Combine(AppContext.BaseDirectory, "TestData", "Channels", "Social", expectedFile);
        Assert.True(File.Exists(expectedPath), $"Missing golden file {expectedFile}; run with CCHC_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }
}
