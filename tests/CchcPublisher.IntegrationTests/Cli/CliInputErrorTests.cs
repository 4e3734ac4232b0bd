namespace CchcPublisher.IntegrationTests.Cli;

/// <summary>Bad configuration and bad command lines: a Vietnamese message naming the setting or option, exit 2.</summary>
public sealed class CliInputErrorTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("""{ "Publishing": { "MaxAttempts": 3 "RetryDelay": "00:05:00" } }""", "bad.json")]
    [InlineData("""{ "Publishing": { "MaxAttempts": "năm" } }""", "Publishing:MaxAttempts")]
    [InlineData("""{ "Publishing": { "RetryDelay": "5 phút" } }""", "Publishing:RetryDelay")]
    [InlineData("""{ "Channels": { "Zalo": { "ReconcilePages": 50 } } }""", "Channels:Zalo:ReconcilePages")]
    public async Task Validate_BadConfigurationFile_ExitsTwoNamingTheSetting(string json, string expected)
    {
        var config = Path.Combine(_workspace.Root, "bad.json");
        await File.WriteAllTextAsync(config, json, TestContext.Current.CancellationToken);

        var (exit, output) = await _workspace.RunAsync("validate", "--config", config);

        Assert.Equal(2, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains("Lỗi cấu hình", output, StringComparison.Ordinal);
        AssertNoEnglish(output);
    }

    [Theory]
    [InlineData(new[] { "publish" }, "--due-until")]
    [InlineData(new[] { "xuat-ban" }, "xuat-ban")]
    [InlineData(new[] { "status", "--limit", "abc" }, "--limit")]
    public async Task Command_BadCommandLine_ExitsTwoInVietnamese(string[] args, string expected)
    {
        var (exit, output) = await _workspace.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        AssertNoEnglish(output);
    }

    private static void AssertNoEnglish(string output)
    {
        foreach (var word in new[] { "Exception", "Failed", "Required", "Unrecognized", "Cannot parse", "The field", " at " })
        {
            Assert.DoesNotContain(word, output, StringComparison.Ordinal);
        }
    }
}
