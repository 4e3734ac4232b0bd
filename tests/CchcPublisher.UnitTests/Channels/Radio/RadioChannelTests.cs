using CchcPublisher.Channels;
using CchcPublisher.Channels.Radio;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Scripts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.UnitTests.Channels.Radio;

public sealed class RadioChannelTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 20, 0, 0, TimeSpan.Zero));

    public void Dispose() => _temp.Dispose();

    private RadioChannel CreateChannel(string folder = "radio") => new(
        new ScriptBuilder(SpeechNormalizer.Default),
        Options.Create(new RadioOptions { Folder = folder }),
        Options.Create(new PathOptions { Data = _temp.Path }),
        Options.Create(RadioTestArticles.Commune()),
        _time,
        NullLogger<RadioChannel>.Instance);

    private static PublishContext Context(CchcPublisher.Content.Articles.Article article, LedgerEntry? previous = null) =>
        new(article, previous, new Dictionary<string, PublishResult>());

    [Fact]
    public async Task PublishAsync_NewArticle_WritesScriptNamedByLocalDateAndSlug()
    {
        var channel = CreateChannel();
        // 20:00 UTC on the 22nd is 03:00 on the 23rd in Asia/Ho_Chi_Minh.
        var result = await channel.PublishAsync(Context(RadioTestArticles.Create()), TestContext.Current.CancellationToken);

        Assert.Equal(PublishOutcome.AwaitingManual, result.Outcome);
        Assert.Equal($"2026-11-23-huong-dan-nop-ho-so-truc-tuyen-{RadioScriptNames.IdTag("2026/huong-dan-dvc")}.txt", result.RemoteId);
        var text = await File.ReadAllTextAsync(Path.Combine(_temp.Path, "radio", result.RemoteId!), TestContext.Current.CancellationToken);
        Assert.StartsWith("Hướng dẫn nộp hồ sơ trực tuyến", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_Article_WritesSpeechReadyTextAndValidSsml()
    {
        var article = RadioTestArticles.Create(
            title: "UBND xã triển khai DVC",
            body: "Từ ngày 15/7/2021, **98,5%** hồ sơ TTHC được giải quyết đúng hạn.\n\nĐường dây nóng: 0225.3851.234.\n");

        var result = await CreateChannel().PublishAsync(Context(article), TestContext.Current.CancellationToken);

        var folder = Path.Combine(_temp.Path, "radio");
        var text = await File.ReadAllTextAsync(Path.Combine(folder, result.RemoteId!), TestContext.Current.CancellationToken);
        Assert.Equal(
            "Ủy ban nhân dân xã triển khai dịch vụ công.\n\n" +
            "Từ ngày mười lăm tháng bảy năm hai nghìn không trăm hai mươi mốt, chín mươi tám phẩy năm phần trăm hồ sơ thủ tục hành chính được giải quyết đúng hạn.\n\n" +
            "Đường dây nóng: không hai hai năm, ba tám năm một, hai ba bốn.\n",
            text);
        var ssml = System.Xml.Linq.XDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, Path.ChangeExtension(result.RemoteId!, ".ssml")), TestContext.Current.CancellationToken));
        Assert.Equal("speak", ssml.Root!.Name.LocalName);
        Assert.Equal(3, ssml.Root.Elements().Count(e => e.Name.LocalName == "p"));
        Assert.Equal(2, ssml.Root.Elements().Count(e => e.Name.LocalName == "break"));
    }

    [Fact]
    public async Task PublishAsync_DueAtInLedger_UsesDueDateNotToday()
    {
        var channel = CreateChannel();
        var due = new DateTimeOffset(2026, 12, 1, 0, 30, 0, TimeSpan.Zero);
        var previous = RadioTestArticles.Entry("2026/huong-dan-dvc", ChannelNames.Radio, PublicationState.Publishing, due);

        var result = await channel.PublishAsync(Context(RadioTestArticles.Create(), previous), TestContext.Current.CancellationToken);

        Assert.Equal($"2026-12-01-huong-dan-nop-ho-so-truc-tuyen-{RadioScriptNames.IdTag("2026/huong-dan-dvc")}.txt", result.RemoteId);
    }

    [Fact]
    public async Task PublishAsync_QueuedArticleWithoutLedgerEntry_NamedByItsSlotNotByThePublishDay()
    {
        // A queued article (no publish_at) reaching the radio with no earlier ledger entry, as after a crash.
        var slot = new DateTimeOffset(2026, 11, 27, 6, 0, 0, TimeSpan.FromHours(7));
        var article = RadioTestArticles.Create() with { PublishAt = null };
        var channel = CreateChannel();

        var published = await channel.PublishAsync(Context(article) with { DueAt = slot }, TestContext.Current.CancellationToken);
        var reconciled = await channel.ReconcileAsync(Context(article) with { DueAt = slot }, TestContext.Current.CancellationToken);

        Assert.Equal($"2026-11-27-huong-dan-nop-ho-so-truc-tuyen-{RadioScriptNames.IdTag("2026/huong-dan-dvc")}.txt", published.RemoteId);
        Assert.True(reconciled.Found);
    }

    [Fact]
    public async Task PublishAsync_PreviouslyPublished_OverwritesSameFileWithoutLeftovers()
    {
        var channel = CreateChannel();
        var previous = RadioTestArticles.Entry("2026/huong-dan-dvc", ChannelNames.Radio, PublicationState.Published, remoteId: "2026-01-05-cu.txt");

        var result = await channel.PublishAsync(Context(RadioTestArticles.Create(body: "Nội dung mới."), previous), TestContext.Current.CancellationToken);

        Assert.Equal("2026-01-05-cu.txt", result.RemoteId);
        Assert.Equal(["2026-01-05-cu.ssml", "2026-01-05-cu.txt"], Directory.GetFiles(Path.Combine(_temp.Path, "radio")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("Nội dung mới", await File.ReadAllTextAsync(Path.Combine(_temp.Path, "radio", "2026-01-05-cu.txt"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAsync_FolderIsAFile_FailsWithVietnameseError()
    {
        await File.WriteAllTextAsync(Path.Combine(_temp.Path, "blocked"), "x", TestContext.Current.CancellationToken);
        var channel = CreateChannel("blocked");

        var result = await channel.PublishAsync(Context(RadioTestArticles.Create()), TestContext.Current.CancellationToken);

        Assert.Equal(PublishOutcome.Failed, result.Outcome);
        Assert.Contains("Không ghi được", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReconcileAsync_ScriptExists_FoundWithFileName()
    {
        var channel = CreateChannel();
        var article = RadioTestArticles.Create();
        var published = await channel.PublishAsync(Context(article), TestContext.Current.CancellationToken);

        var result = await channel.ReconcileAsync(Context(article), TestContext.Current.CancellationToken);

        Assert.True(result.Found);
        Assert.True(result.Certain);
        Assert.Equal(published.RemoteId, result.RemoteId);
    }

    [Fact]
    public async Task ReconcileAsync_NoScript_NotFound()
    {
        var result = await CreateChannel().ReconcileAsync(Context(RadioTestArticles.Create()), TestContext.Current.CancellationToken);

        Assert.False(result.Found);
        Assert.True(result.Certain);
    }

    [Fact]
    public async Task CheckAsync_WritableFolder_Ok()
    {
        var check = new RadioChannelCheck(CreateChannel());

        var result = await check.CheckAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Ok);
        Assert.Empty(Directory.GetFiles(Path.Combine(_temp.Path, "radio")));
    }

    [Fact]
    public async Task CheckAsync_FolderIsAFile_NotOk()
    {
        await File.WriteAllTextAsync(Path.Combine(_temp.Path, "blocked"), "x", TestContext.Current.CancellationToken);
        var check = new RadioChannelCheck(CreateChannel("blocked"));

        var result = await check.CheckAsync(TestContext.Current.CancellationToken);

        Assert.False(result.Ok);
        Assert.Contains("Không ghi được", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hướng-dẫn DVC", "2026/x", "h-ng-d-n-dvc")]
    [InlineData("", "2026/huong-dan", "2026-huong-dan")]
    [InlineData("../../etc", "x", "etc")]
    public void SafeSlug_Unsafe_ReducedToFileNameCharacters(string slug, string id, string expected) =>
        Assert.Equal(expected, RadioScriptNames.SafeSlug(RadioTestArticles.Create(id: id, slug: slug)));

    [Fact]
    public void ScriptName_TwoArticlesSameDayAndSameTitle_DoNotShareAFile()
    {
        var first = RadioTestArticles.Create(id: "2026/a");
        var second = RadioTestArticles.Create(id: "2026/b");
        var now = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(7));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

        Assert.Equal(first.Slug, second.Slug);
        Assert.NotEqual(RadioScriptNames.For(first, null, now, zone), RadioScriptNames.For(second, null, now, zone));
    }
}
