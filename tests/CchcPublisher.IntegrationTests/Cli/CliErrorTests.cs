namespace CchcPublisher.IntegrationTests.Cli;

/// <summary>
/// Command-line and configuration mistakes: a Vietnamese message naming the option or the setting, exit code 2,
/// and no exception text (which would be English and frighten the official).
/// </summary>
public sealed class CliErrorTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("""{ "Publishing": { "MaxAttempts": 3 "RetryDelay": "00:05:00" } }""", "viết sai cú pháp JSON ở dòng 1, cột 36")]
    [InlineData("""{ "Publishing": { "MaxAttempts": "năm" } }""", "Publishing:MaxAttempts có giá trị \"năm\" không dùng được: cần một số nguyên")]
    [InlineData("""{ "Publishing": { "RetryDelay": "5 phút" } }""", "Publishing:RetryDelay có giá trị \"5 phút\" không dùng được")]
    [InlineData("""{ "Channels": { "Radio": { "WordsPerMinute": 20 } } }""", "Channels:Radio:WordsPerMinute phải từ 100 đến 400; đang là 20")]
    [InlineData("""{ "Channels": { "Zalo": { "ReconcilePages": 50 } } }""", "Channels:Zalo:ReconcilePages")]
    public async Task BadSetting_IsNamedInVietnamese_ExitTwo(string settings, string expected)
    {
        var config = Path.Combine(_workspace.Root, "cau-hinh.json");
        File.WriteAllText(config, settings);
        _workspace.WriteArticle("a.md", CliWorkspace.Article("Bài hợp lệ"));

        foreach (var command in new[] { "validate", "status", "run" })
        {
            var (exit, output) = await _workspace.RunAsync(command, "--config", config);

            Assert.True(exit == 2, $"{command}: {output}");
            Assert.Contains(expected, output, StringComparison.Ordinal);
            AssertNoEnglishException(output);
            Assert.DoesNotContain("đang chạy", output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(new[] { "publish" }, "Lỗi: Thiếu tùy chọn bắt buộc --due-until.")]
    [InlineData(new[] { "stauts" }, "Không hiểu \"stauts\": không có lệnh hay tùy chọn nào như vậy. Có phải ý bạn là \"status\"?")]
    [InlineData(new[] { "status", "--limit", "abc" }, "Giá trị \"abc\" của --limit không dùng được: cần một số nguyên")]
    [InlineData(new[] { "xuat-ban" }, "Không hiểu \"xuat-ban\"")]
    [InlineData(new[] { "publish", "--due-until", "2026-12-31", "--kenh", "website" }, "Không hiểu \"--kenh\"")]
    public async Task BadCommandLine_IsSaidInVietnamese_ExitTwo(string[] args, string expected)
    {
        var (exit, output) = await _workspace.RunAsync(args);

        Assert.True(exit == 2, output);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains("--help", output, StringComparison.Ordinal);
        AssertNoEnglishException(output);
    }

    [Fact]
    public async Task Help_IsVietnamese()
    {
        var (exit, output) = await _workspace.RunAsync("publish", "--help");

        Assert.Equal(0, exit);
        foreach (var english in new[] { "Usage:", "Options:", "Description:", "Show help", "(REQUIRED)" })
        {
            Assert.DoesNotContain(english, output, StringComparison.Ordinal);
        }

        Assert.Contains("Cách dùng:", output, StringComparison.Ordinal);
        Assert.Contains("--due-until <due-until> (bắt buộc)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DataFolderIsAFile_RefusesToStart()
    {
        // Nothing could be written: the service must not start and publish nothing while looking healthy.
        var file = Path.Combine(_workspace.Root, "khong-phai-thu-muc");
        File.WriteAllText(file, "x");
        _workspace.WriteArticle("a.md", CliWorkspace.Article("Bài hợp lệ"));
        using var output = new StringWriter();

        var exit = await CchcPublisher.Cli.CliApp.RunAsync(["run", "--content", _workspace.ContentRoot, "--data", file], output, _workspace.Time, TestContext.Current.CancellationToken);

        Assert.Equal(2, exit);
        Assert.Contains("Paths:Data (hoặc --data) trỏ tới tệp", output.ToString(), StringComparison.Ordinal);
    }

    private static void AssertNoEnglishException(string output)
    {
        foreach (var english in new[] { "Exception", "   at ", "Failed", "is required", "Required", "Unrecognized", "Cannot parse", "The field" })
        {
            Assert.DoesNotContain(english, output, StringComparison.Ordinal);
        }
    }
}
