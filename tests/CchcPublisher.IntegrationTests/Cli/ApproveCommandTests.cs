namespace CchcPublisher.IntegrationTests.Cli;

/// <summary><c>approve</c> through the real command line, with the commune requiring approval.</summary>
public sealed class ApproveCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new();
    private readonly string _config;

    public ApproveCommandTests()
    {
        _config = Path.Combine(_workspace.Root, "duyet.json");
        Directory.CreateDirectory(_workspace.Root);
        File.WriteAllText(_config, """{ "Approval": { "Required": true } }""");
        _workspace.WriteArticle("a.md", CliWorkspace.Article("Hướng dẫn nộp hồ sơ trực tuyến", publishAt: "2026-12-01T08:00"));
    }

    public void Dispose() => _workspace.Dispose();

    private Task<(int ExitCode, string Output)> RunAsync(params string[] args) => _workspace.RunAsync([.. args, "--config", _config]);

    [Fact]
    public async Task Approve_SubmitReturnApprove_ThenPublishSendsOnlyTheApprovedVersion()
    {
        var (queueExit, queue) = await RunAsync("queue");
        var (publishExit, withheld) = await RunAsync("publish", "--due-until", "2026-12-02");
        var (submitExit, submitted) = await RunAsync("approve", "--article", "a", "--submit", "--by", "Nguyễn Văn Biên");
        var (noCommentExit, noComment) = await RunAsync("approve", "--article", "a", "--return");
        var (returnExit, _) = await RunAsync("approve", "--article", "a", "--return", "--comment", "Bổ sung số điện thoại", "--by", "Chủ tịch");
        var (listExit, list) = await RunAsync("approve", "--list");
        var (approveExit, approved) = await RunAsync("approve", "--article", "a", "--by", "Chủ tịch");
        var (_, published) = await RunAsync("publish", "--due-until", "2026-12-02");

        Assert.True(queueExit == 0, queue);
        Assert.Contains("Chờ duyệt: bài chưa được gửi duyệt", queue, StringComparison.Ordinal);
        Assert.Equal(0, publishExit);
        Assert.Contains("Đã đăng 0", withheld, StringComparison.Ordinal);
        Assert.Equal((0, true), (submitExit, submitted.Contains("chờ duyệt, bởi Nguyễn Văn Biên", StringComparison.Ordinal)));
        Assert.Equal(1, noCommentExit);
        Assert.Contains("Lỗi: Trả lại bài cần có ý kiến", noComment, StringComparison.Ordinal);
        Assert.Equal(0, returnExit);
        Assert.Equal(0, listExit);
        Assert.Matches(@"Hướng dẫn nộp hồ sơ trực tuyến \(a\)\s*│\s*trả lại\s*│\s*Chủ tịch\s*│[^\n]*Bổ sung số điện thoại", list);
        Assert.Equal(0, approveExit);
        Assert.Contains("đã duyệt, bởi Chủ tịch", approved, StringComparison.Ordinal);
        Assert.Contains("Đã đăng 1", published, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_EditAfterApproval_BackToWaitingAndNotPublished()
    {
        await RunAsync("approve", "--article", "a", "--by", "Chủ tịch");
        _workspace.WriteArticle("a.md", CliWorkspace.Article("Hướng dẫn nộp hồ sơ trực tuyến", publishAt: "2026-12-01T08:00", body: "Nội dung sửa lén sau khi duyệt."));

        var (_, list) = await RunAsync("approve", "--list");
        var (_, published) = await RunAsync("publish", "--due-until", "2026-12-02");

        Assert.Contains("chờ duyệt (đã sửa sau khi duyệt)", list, StringComparison.Ordinal);
        Assert.Contains("Đã đăng 0", published, StringComparison.Ordinal);
        Assert.Contains("sửa sau khi lãnh đạo duyệt", published, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("approve", "--list", "--article", "a")]
    [InlineData("approve", "--article", "a", "--submit", "--return")]
    public async Task Approve_WrongOptions_ExitTwoInVietnamese(params string[] args)
    {
        var (exit, output) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("Lỗi: Dùng --article", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_UnknownArticle_ExitOne()
    {
        var (exit, output) = await RunAsync("approve", "--article", "khong-co");

        Assert.Equal(1, exit);
        Assert.Contains("Không tìm thấy bài viết 'khong-co'", output, StringComparison.Ordinal);
    }
}
