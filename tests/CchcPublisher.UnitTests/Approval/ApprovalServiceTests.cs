using CchcPublisher.Approval;
using CchcPublisher.UnitTests.TestSupport;

namespace CchcPublisher.UnitTests.Approval;

public sealed class ApprovalServiceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly PipelineHarness _harness = new(Now);

    public ApprovalServiceTests() => _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddDays(1)));

    public void Dispose() => _harness.Dispose();

    private ApprovalService Service() => new(_harness.Content, _harness.Ledger, _harness.Approvals, _harness.Time);

    [Fact]
    public async Task Submit_ThenApprove_RecordsBothAgainstTheCurrentHash()
    {
        var submitted = await Service().SubmitAsync("a", "btv", null, CancellationToken.None);
        _harness.Time.Advance(TimeSpan.FromMinutes(5));
        var approved = await Service().ApproveAsync("a", "lanhdao", "Đồng ý", CancellationToken.None);

        Assert.Null(submitted.Error);
        Assert.Null(approved.Error);
        var history = await _harness.Approvals.HistoryAsync("a", CancellationToken.None);
        Assert.Equal([ApprovalStatus.Submitted, ApprovalStatus.Approved], history.Select(e => e.Status));
        Assert.All(history, e => Assert.Equal(_harness.Content.Articles[0].ContentHash, e.ContentHash));
        Assert.Equal("lanhdao", history[1].Actor);
        Assert.Equal(Now.AddMinutes(5), history[1].At);
        Assert.Equal("Đồng ý", history[1].Comment);
    }

    [Fact]
    public async Task Return_WithoutComment_IsRefusedInVietnamese()
    {
        var result = await Service().ReturnAsync("a", "lanhdao", "  ", CancellationToken.None);

        Assert.Null(result.Event);
        Assert.Contains("cần có ý kiến", result.Error, StringComparison.Ordinal);
        await _harness.Ledger.MigrateAsync(CancellationToken.None);
        Assert.Empty(await _harness.Approvals.HistoryAsync("a", CancellationToken.None));
    }

    [Fact]
    public async Task Approve_UnknownArticle_SuggestsTheNearestId()
    {
        var result = await Service().ApproveAsync("b", "lanhdao", null, CancellationToken.None);

        Assert.Contains("Không tìm thấy bài viết 'b'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_Twice_SecondIsRefused()
    {
        await Service().ApproveAsync("a", "lanhdao", null, CancellationToken.None);

        var again = await Service().ApproveAsync("a", "lanhdao", null, CancellationToken.None);

        Assert.Contains("đã ở trạng thái \"đã duyệt\"", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_FormForAnOlderVersion_IsRefused()
    {
        var result = await Service().RecordAsync("a", ApprovalStatus.Approved, "lanhdao", null, CancellationToken.None, expectedHash: "CU");

        Assert.Contains("vừa được sửa", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_AlreadyApprovedVersion_IsRefused_ButAnEditedVersionCanBeSubmitted()
    {
        await Service().ApproveAsync("a", "lanhdao", null, CancellationToken.None);
        Assert.NotNull((await Service().SubmitAsync("a", "btv", null, CancellationToken.None)).Error);

        _harness.Content.Replace(TestArticles.Create("a", Now.AddDays(1), body: "Bản sửa."));

        Assert.Null((await Service().SubmitAsync("a", "btv", null, CancellationToken.None)).Error);
    }

    [Theory]
    [InlineData(null, "h1", "Draft")]
    [InlineData("Submitted", "h1", "Submitted")]
    [InlineData("Approved", "h1", "Approved")]
    [InlineData("Approved", "h2", "Submitted")]
    [InlineData("Returned", "h2", "Returned")]
    public void Effective_FollowsTheNewestEventAndTheHash(string? latest, string currentHash, string expected)
    {
        var approvalEvent = latest is { } status ? new ApprovalEvent("a", "h1", Enum.Parse<ApprovalStatus>(status), "x", Now) : null;

        Assert.Equal(Enum.Parse<ApprovalStatus>(expected), ApprovalRules.Effective(approvalEvent, currentHash));
    }
}
