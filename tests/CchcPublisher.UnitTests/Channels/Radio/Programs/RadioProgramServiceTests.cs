using CchcPublisher.Channels;
using CchcPublisher.Channels.Radio;
using CchcPublisher.Channels.Radio.Programs;
using CchcPublisher.Channels.Radio.Tts;
using CchcPublisher.Content;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Categories;
using CchcPublisher.Hosting;
using CchcPublisher.Ledger;
using CchcPublisher.Speech;
using CchcPublisher.Speech.Scripts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace CchcPublisher.UnitTests.Channels.Radio.Programs;

public sealed class RadioProgramServiceTests : IDisposable
{
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);
    private static readonly DateOnly Day = new(2026, 11, 23);

    private readonly TempFolder _temp = new();
    private readonly InMemoryLedger _ledger = new();
    private readonly IContentLoader _content = Substitute.For<IContentLoader>();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 22, 0, 0, TimeSpan.Zero));
    private readonly List<Article> _articles = [];

    public RadioProgramServiceTests() =>
        _content.LoadAsync(Arg.Any<string?>(), Arg.Any<CancellationToken>())
            .Returns(_ => new ContentSnapshot([.. _articles], [], CategoryTaxonomy.BuiltIn));

    public void Dispose() => _temp.Dispose();

    private RadioProgramService CreateService(RadioOptions? options = null, ISpeechNormalizer? normalizer = null)
    {
        options ??= new RadioOptions();
        options.Tts.Engine = "none";
        var httpClients = new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        return new RadioProgramService(
            _ledger,
            _content,
            new ScriptBuilder(normalizer ?? SpeechNormalizer.Default),
            new TtsEngineSelector(Options.Create(options), httpClients),
            Options.Create(options),
            Options.Create(RadioTestArticles.Commune()),
            Options.Create(new PathOptions { Data = _temp.Path }),
            _time,
            NullLogger<RadioProgramService>.Instance);
    }

    /// <summary>An article on the radio, published (ledger) at the given local time.</summary>
    private void Published(string id, DateTimeOffset at, int sentences = 3, string channel = ChannelNames.Radio)
    {
        var body = string.Join(' ', Enumerable.Repeat("Từ ngày 1/12/2026, UBND xã tiếp nhận hồ sơ TTHC trực tuyến.", sentences));
        _articles.Add(RadioTestArticles.Create(id: id, title: "Tin " + id, body: body, slug: id));
        _ledger.SaveAsync(RadioTestArticles.Entry(id, channel, PublicationState.Published, at) with { PublishedAt = at }, CancellationToken.None).Wait();
    }

    [Fact]
    public async Task PrepareAsync_DueItems_WritesTextSsmlRundownAndRecordsLedger()
    {
        Published("a", new DateTimeOffset(2026, 11, 22, 17, 30, 0, Vn));
        Published("b", new DateTimeOffset(2026, 11, 23, 5, 0, 0, Vn));
        Published("late", new DateTimeOffset(2026, 11, 23, 7, 0, 0, Vn));

        var result = await CreateService().PrepareAsync(Day, "sang", null, TestContext.Current.CancellationToken);

        Assert.Null(result.Error);
        Assert.Equal(["a", "b"], result.Program!.Items.Select(i => i.ArticleId));
        var folder = Path.Combine(_temp.Path, "radio", "programs");
        Assert.Equal(
            ["2026-11-23-sang.rundown.md", "2026-11-23-sang.ssml", "2026-11-23-sang.txt"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(SpeechText.Problems(await File.ReadAllTextAsync(Path.Combine(folder, "2026-11-23-sang.txt"), TestContext.Current.CancellationToken)));
        System.Xml.Linq.XDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "2026-11-23-sang.ssml"), TestContext.Current.CancellationToken));
        var rundown = await File.ReadAllTextAsync(Path.Combine(folder, "2026-11-23-sang.rundown.md"), TestContext.Current.CancellationToken);
        Assert.Contains("| 1 | 06:00:00 | Mở đầu và giới thiệu |", rundown, StringComparison.Ordinal);
        Assert.Contains("| Tin a |", rundown, StringComparison.Ordinal);
        Assert.Contains("Không tạo tệp WAV", result.AudioNote, StringComparison.Ordinal);
        Assert.False(result.AudioFailed);

        var program = await _ledger.FindAsync("program/2026-11-23/sang", RadioLedgerChannels.Program, TestContext.Current.CancellationToken);
        Assert.NotNull(program);
        Assert.Equal(PublicationState.AwaitingManual, program.State); // counts only once confirmed as aired
        Assert.Null(program.PublishedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 6, 0, 0, Vn), program.DueAt);
        Assert.Equal(["dich-vu-cong-truc-tuyen"], program.Categories);
        Assert.Equal("2026-11-23-sang.txt", program.RemoteId);
        var broadcast = await _ledger.FindAsync("a", RadioLedgerChannels.Broadcast, TestContext.Current.CancellationToken);
        Assert.Equal("program/2026-11-23/sang", broadcast!.RemoteId);
        Assert.Null(await _ledger.FindAsync("late", RadioLedgerChannels.Broadcast, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task PrepareAsync_ItemsAlreadyBroadcast_NotRepeatedInNextSlot()
    {
        Published("a", new DateTimeOffset(2026, 11, 23, 5, 0, 0, Vn));
        Published("b", new DateTimeOffset(2026, 11, 23, 9, 0, 0, Vn));
        var service = CreateService();
        await service.PrepareAsync(Day, "sang", null, TestContext.Current.CancellationToken);

        var afternoon = await service.PrepareAsync(Day, "chieu", null, TestContext.Current.CancellationToken);

        Assert.Equal(["b"], afternoon.Program!.Items.Select(i => i.ArticleId));
    }

    [Fact]
    public async Task PrepareAsync_SameSlotTwice_SameProgramAndLedgerUnchangedInShape()
    {
        Published("a", new DateTimeOffset(2026, 11, 23, 5, 0, 0, Vn));
        var service = CreateService();
        var first = await service.PrepareAsync(Day, "sang", null, TestContext.Current.CancellationToken);
        var count = _ledger.Entries.Count;

        var second = await service.PrepareAsync(Day, "sang", null, TestContext.Current.CancellationToken);

        Assert.Equal(first.Program!.Items.Select(i => i.ArticleId), second.Program!.Items.Select(i => i.ArticleId));
        Assert.Equal(count, _ledger.Entries.Count);
        Assert.Equal(2, (await _ledger.FindAsync("program/2026-11-23/sang", RadioLedgerChannels.Program, TestContext.Current.CancellationToken))!.Attempts);
    }

    [Fact]
    public async Task PrepareAsync_TooMuchForSlot_CarriedItemsGoToNextSlot()
    {
        var options = new RadioOptions { Slots = [
            new() { Key = "sang", Label = "sáng", Start = TimeSpan.FromHours(6), MaxLength = TimeSpan.FromMinutes(3) },
            new() { Key = "chieu", Label = "chiều", Start = TimeSpan.FromHours(17), MaxLength = TimeSpan.FromMinutes(3) }] };
        for (var i = 1; i <= 5; i++)
        {
            Published("tin" + i, new DateTimeOffset(2026, 11, 23, 4, i, 0, Vn), sentences: 6);
        }

        var service = CreateService(options);
        var morning = await service.PrepareAsync(Day, "sang", null, TestContext.Current.CancellationToken);

        Assert.NotEmpty(morning.Program!.Carried);
        Assert.True(morning.Program.Duration <= TimeSpan.FromMinutes(3));
        Assert.Equal((Day, "chieu"), (morning.NextSlot!.Value.Date, morning.NextSlot.Value.Slot.Key));
        var rundown = await File.ReadAllTextAsync(morning.Files.Single(f => f.EndsWith(".rundown.md", StringComparison.Ordinal)), TestContext.Current.CancellationToken);
        Assert.Contains("## Chuyển sang buổi chiều 23/11/2026", rundown, StringComparison.Ordinal);

        var afternoon = await service.PrepareAsync(Day, "chieu", null, TestContext.Current.CancellationToken);

        Assert.Equal(morning.Program.Carried.Select(c => c.Candidate.ArticleId).Take(afternoon.Program!.Items.Count), afternoon.Program.Items.Select(i => i.ArticleId));
    }

    [Fact]
    public async Task PrepareAsync_OlderThanCarryOverWindow_Dropped()
    {
        Published("cu", new DateTimeOffset(2026, 11, 10, 5, 0, 0, Vn));

        var result = await CreateService().PrepareAsync(Day, "sang", null, TestContext.Current.CancellationToken);

        Assert.Empty(result.Program!.Items);
        Assert.Empty(result.Files);
        Assert.DoesNotContain(_ledger.Entries, e => e.Channel == RadioLedgerChannels.Program);
    }

    [Fact]
    public async Task PrepareAsync_NothingDueNotAssembled_NoProgramNothingNormalizedNothingWritten()
    {
        Published("cu", new DateTimeOffset(2026, 11, 10, 5, 0, 0, Vn));
        var normalizer = Substitute.For<ISpeechNormalizer>();
        normalizer.Normalize(Arg.Any<string>()).Returns(c => c.Arg<string>());

        var result = await CreateService(normalizer: normalizer).PrepareAsync(Day, "sang", null, assembleEmpty: false, TestContext.Current.CancellationToken);

        Assert.Null(result.Program);
        Assert.Null(result.Error);
        Assert.Empty(result.Files);
        Assert.Equal("chieu", result.NextSlot?.Slot.Key);
        normalizer.DidNotReceiveWithAnyArgs().Normalize(default!);
        Assert.DoesNotContain(_ledger.Entries, e => e.Channel == RadioLedgerChannels.Program);
    }

    [Fact]
    public async Task PrepareAsync_NotAssemblingEmptyButItemsDue_SameProgram()
    {
        Published("a", new DateTimeOffset(2026, 11, 23, 5, 0, 0, Vn));

        var result = await CreateService().PrepareAsync(Day, "sang", null, assembleEmpty: false, TestContext.Current.CancellationToken);

        Assert.Equal(["a"], result.Program!.Items.Select(i => i.ArticleId));
        Assert.NotEmpty(result.Files);
    }

    [Fact]
    public async Task PrepareAsync_DatedRadioArticleNotYetInLedger_Included()
    {
        _articles.Add(RadioTestArticles.Create(id: "moi", title: "Tin mới", publishAt: new DateTimeOffset(2026, 11, 23, 5, 30, 0, Vn)));

        var result = await CreateService().PrepareAsync(Day, "sang", null, TestContext.Current.CancellationToken);

        Assert.Equal(["moi"], result.Program!.Items.Select(i => i.ArticleId));
    }

    [Fact]
    public async Task PrepareAsync_ArticleRemovedFromContent_Skipped()
    {
        Published("a", new DateTimeOffset(2026, 11, 23, 5, 0, 0, Vn));
        _articles.Clear();

        var result = await CreateService().PrepareAsync(Day, "sang", null, TestContext.Current.CancellationToken);

        Assert.Empty(result.Program!.Items);
    }

    [Fact]
    public async Task PrepareAsync_OtherChannelOnly_NotOnRadio()
    {
        Published("web", new DateTimeOffset(2026, 11, 23, 5, 0, 0, Vn), channel: ChannelNames.Website);

        var result = await CreateService().PrepareAsync(Day, "sang", null, TestContext.Current.CancellationToken);

        Assert.Empty(result.Program!.Items);
    }

    [Fact]
    public async Task PrepareAsync_UnknownSlot_ErrorWithSuggestionNothingWritten()
    {
        var result = await CreateService().PrepareAsync(Day, "snag", null, TestContext.Current.CancellationToken);

        Assert.Null(result.Program);
        Assert.Contains("'sang'", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "radio")));
    }

    [Fact]
    public async Task PrepareAsync_OutFolder_WritesThere()
    {
        Published("a", new DateTimeOffset(2026, 11, 23, 5, 0, 0, Vn));
        var outFolder = Path.Combine(_temp.Path, "out");

        var result = await CreateService().PrepareAsync(Day, "sang", outFolder, TestContext.Current.CancellationToken);

        Assert.All(result.Files, f => Assert.StartsWith(outFolder, f, StringComparison.Ordinal));
        Assert.Equal(3, Directory.GetFiles(outFolder).Length);
    }
}
