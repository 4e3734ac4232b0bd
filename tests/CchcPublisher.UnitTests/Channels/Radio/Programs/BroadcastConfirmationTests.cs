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

/// <summary>A program counts as broadcast only when confirmed (or automatically after its slot, when configured).</summary>
public sealed class BroadcastConfirmationTests : IDisposable
{
    private static readonly TimeSpan Vn = TimeSpan.FromHours(7);
    private static readonly DateOnly Day = new(2026, 11, 23);

    private readonly TempFolder _temp = new();
    private readonly InMemoryLedger _ledger = new();
    private readonly IContentLoader _content = Substitute.For<IContentLoader>();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 22, 0, 0, TimeSpan.Zero)); // 05:00 local
    private readonly List<Article> _articles = [];
    private readonly RadioOptions _options = new();

    public BroadcastConfirmationTests() =>
        _content.LoadAsync(Arg.Any<string?>(), Arg.Any<CancellationToken>())
            .Returns(_ => new ContentSnapshot([.. _articles], [], CategoryTaxonomy.BuiltIn));

    public void Dispose() => _temp.Dispose();

    private (RadioProgramService Programs, BroadcastConfirmation Confirmation) Create()
    {
        _options.Tts.Engine = "none";
        var httpClients = new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        var programs = new RadioProgramService(
            _ledger, _content, new ScriptBuilder(SpeechNormalizer.Default), new TtsEngineSelector(Options.Create(_options), httpClients),
            Options.Create(_options), Options.Create(RadioTestArticles.Commune()), Options.Create(new PathOptions { Data = _temp.Path }),
            _time, NullLogger<RadioProgramService>.Instance);
        return (programs, new BroadcastConfirmation(_ledger, Options.Create(_options), programs, _time));
    }

    private void Script(string id, DateTimeOffset dueAt)
    {
        _articles.Add(RadioTestArticles.Create(id: id, title: "Tin " + id, body: "UBND xã tiếp nhận hồ sơ trực tuyến.", slug: id));
        _ledger.SaveAsync(RadioTestArticles.Entry(id, ChannelNames.Radio, PublicationState.AwaitingManual, dueAt), CancellationToken.None).Wait();
    }

    private PublicationState? State(string id, string channel) =>
        _ledger.FindAsync(id, channel, CancellationToken.None).Result?.State;

    [Fact]
    public async Task Confirm_Full_EveryItemAiredOnceAtSlotStart()
    {
        Script("a", new DateTimeOffset(2026, 11, 22, 17, 0, 0, Vn));
        Script("b", new DateTimeOffset(2026, 11, 22, 18, 0, 0, Vn));
        var (programs, confirmation) = Create();
        await programs.PrepareAsync(Day, "sang", null, CancellationToken.None);
        Assert.Equal(PublicationState.AwaitingManual, State("a", RadioLedgerChannels.Broadcast));
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 6, 30, 0, Vn));

        var (aired, notAired, error) = await confirmation.ConfirmAsync(Day, "sang", null, CancellationToken.None);

        Assert.Null(error);
        Assert.Equal((2, 0), (aired, notAired));
        var a = await _ledger.FindAsync("a", RadioLedgerChannels.Broadcast, CancellationToken.None);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 6, 0, 0, Vn), a!.PublishedAt);
        Assert.Equal(PublicationState.Published, State("a", ChannelNames.Radio));
        Assert.Equal(PublicationState.Published, State("program/2026-11-23/sang", RadioLedgerChannels.Program));
    }

    [Fact]
    public async Task Confirm_Partial_UnairedItemWaitsForNextProgram()
    {
        Script("a", new DateTimeOffset(2026, 11, 22, 17, 0, 0, Vn));
        Script("b", new DateTimeOffset(2026, 11, 22, 18, 0, 0, Vn));
        var (programs, confirmation) = Create();
        await programs.PrepareAsync(Day, "sang", null, CancellationToken.None);
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 6, 30, 0, Vn));

        var (aired, notAired, _) = await confirmation.ConfirmAsync(Day, "sang", ["a"], CancellationToken.None);

        Assert.Equal((1, 1), (aired, notAired));
        Assert.Equal(PublicationState.Skipped, State("b", RadioLedgerChannels.Broadcast));
        Assert.Null((await _ledger.FindAsync("b", RadioLedgerChannels.Broadcast, CancellationToken.None))!.PublishedAt);
        var afternoon = await programs.PrepareAsync(Day, "chieu", null, CancellationToken.None);
        Assert.Equal(["b"], afternoon.Program!.Items.Select(i => i.ArticleId));
    }

    [Fact]
    public async Task Confirm_BeforeSlotOrUnknownItem_Refused()
    {
        Script("a", new DateTimeOffset(2026, 11, 22, 17, 0, 0, Vn));
        var (programs, confirmation) = Create();
        await programs.PrepareAsync(Day, "sang", null, CancellationToken.None);

        var early = await confirmation.ConfirmAsync(Day, "sang", null, CancellationToken.None);
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 6, 30, 0, Vn));
        var unknown = await confirmation.ConfirmAsync(Day, "sang", ["khong-co"], CancellationToken.None);
        var noProgram = await confirmation.ConfirmAsync(Day, "chieu", null, CancellationToken.None);

        Assert.Contains("chưa bắt đầu", early.Error, StringComparison.Ordinal);
        Assert.Contains("khong-co", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("radio program", noProgram.Error, StringComparison.Ordinal);
        Assert.Equal(PublicationState.AwaitingManual, State("a", RadioLedgerChannels.Broadcast));
    }

    [Theory]
    [InlineData(false, "2026-11-23T07:00:00+07:00", 0)]
    [InlineData(true, "2026-11-23T06:10:00+07:00", 0)]   // slot (06:00, 15 min) not over yet
    [InlineData(true, "2026-11-23T06:15:00+07:00", 1)]
    public async Task AutoConfirm_OnlyWhenConfiguredAndAfterSlotEnd(bool automatic, string now, int expected)
    {
        _options.AutoConfirmBroadcast = automatic;
        Script("a", new DateTimeOffset(2026, 11, 22, 17, 0, 0, Vn));
        var (programs, confirmation) = Create();
        await programs.PrepareAsync(Day, "sang", null, CancellationToken.None);
        _time.SetUtcNow(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        var confirmed = await confirmation.AutoConfirmDueAsync(CancellationToken.None);

        Assert.Equal(expected, confirmed);
        Assert.Equal(expected == 1 ? PublicationState.Published : PublicationState.AwaitingManual, State("a", RadioLedgerChannels.Broadcast));
    }
}
