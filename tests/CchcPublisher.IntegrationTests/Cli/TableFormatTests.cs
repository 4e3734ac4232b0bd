using System.Text.Json;

namespace CchcPublisher.IntegrationTests.Cli;

public sealed class TableFormatTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Queue_FormatTsv_PrintsHeaderAndOneLinePerRowOnly()
    {
        _workspace.WriteArticle("a.md", CliWorkspace.Article("Bài xếp hàng"));

        var (exit, output) = await _workspace.RunAsync("queue", "--format", "tsv");

        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(["#", "Thời điểm", "Chuyên mục", "Bài viết", "Kênh", "Tình trạng"], lines[0].Split('\t'));
        var row = Assert.Single(lines[1..]).Split('\t');
        Assert.Equal("Bài xếp hàng (a)", row[3]);
    }

    [Fact]
    public async Task Status_FormatJson_IsParseableWithColumnNames()
    {
        _workspace.WriteArticle("a.md", CliWorkspace.Article("Bài đã đăng", publishAt: "2026-11-30T08:00"));
        await _workspace.RunAsync("publish", "--due-until", "2026-12-01");

        var (exit, output) = await _workspace.RunAsync("status", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var row = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("Bài đã đăng (a)", row.GetProperty("Bài viết").GetString());
        Assert.Equal("Trang thông tin điện tử", row.GetProperty("Kênh").GetString());
    }

    [Fact]
    public async Task AnyTableCommand_UnknownFormat_ExitsTwo()
    {
        var (exit, output) = await _workspace.RunAsync("status", "--format", "xml");

        Assert.Equal(2, exit);
        Assert.Contains("tsv", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelsCheck_TextWithColonNames_PrintedAsWrittenNotAsEmoji()
    {
        var data = Path.Combine(_workspace.Root, "so:radio:lieu");

        using var output = new StringWriter();
        await CchcPublisher.Cli.CliApp.RunAsync(["channels", "check", "--content", _workspace.ContentRoot, "--data", data], output, _workspace.Time, TestContext.Current.CancellationToken);

        Assert.Contains("so:radio:lieu", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("📻", output.ToString(), StringComparison.Ordinal);
    }
}
