using CchcPublisher.Content;

namespace CchcPublisher.IntegrationTests.Cli;

/// <summary><c>content/hang-doi.txt</c> (written by the console) decides the column order that <c>queue</c> and the worker follow.</summary>
public sealed class QueueOrderTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Queue_OrderFileAfterSlotsWereRecorded_SlotsFollowTheNewOrder()
    {
        _workspace.WriteArticle("cot/a.md", CliWorkspace.Article("Bài A"));
        _workspace.WriteArticle("cot/b.md", CliWorkspace.Article("Bài B"));
        _workspace.WriteArticle("cot/c.md", CliWorkspace.Article("Bài C"));
        var (exit, output) = await _workspace.RunAsync("publish", "--due-until", "2026-12-02T09:00");
        Assert.True(exit == 0, output);
        var before = await QueueLinesAsync();
        Assert.Equal(["cot/a", "cot/b", "cot/c"], before.Select(l => l.Id));

        await QueueOrderFile.WriteAsync(_workspace.ContentRoot, ["cot/c", "cot/a"], CancellationToken.None);

        var after = await QueueLinesAsync();
        Assert.Equal(["cot/c", "cot/a", "cot/b"], after.Select(l => l.Id));
        Assert.Equal(before.Select(l => l.Slot), after.Select(l => l.Slot)); // the same slots, handed out in the new order
        (exit, output) = await _workspace.RunAsync("publish", "--due-until", "2026-12-02T09:00");
        Assert.True(exit == 0, output);
        Assert.Equal(after, await QueueLinesAsync());
    }

    [Fact]
    public void Read_CommentsBlankLinesAndDuplicates_Ignored()
    {
        File.WriteAllText(Path.Combine(_workspace.ContentRoot, QueueOrderFile.FileName), "# thứ tự\n\n cot/b \ncot/a\ncot/b\n");

        Assert.Equal(["cot/b", "cot/a"], QueueOrderFile.Read(_workspace.ContentRoot));
    }

    private async Task<List<(string Id, string Slot)>> QueueLinesAsync()
    {
        var (exit, output) = await _workspace.RunAsync("queue", "--format", "tsv");
        Assert.True(exit == 0, output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split('\t');
        var article = Array.IndexOf(header, "Bài viết");
        var slot = Array.IndexOf(header, "Thời điểm");
        Assert.True(article >= 0 && slot >= 0, lines[0]);
        return [.. lines.Skip(1).Select(l => l.Split('\t')).Where(c => c.Length > article)
            .Select(c => (c[article][(c[article].LastIndexOf('(') + 1)..].TrimEnd(')'), c[slot]))];
    }
}
