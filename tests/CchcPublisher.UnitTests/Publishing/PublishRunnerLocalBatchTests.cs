using CchcPublisher.Channels;
using CchcPublisher.Ledger;
using CchcPublisher.Publishing;
using CchcPublisher.UnitTests.TestSupport;

namespace CchcPublisher.UnitTests.Publishing;

/// <summary>
/// A batched local channel (the generated website) is recorded in the ledger once per batch, after its files are
/// flushed; remote channels keep their claim before the call.
/// </summary>
public sealed class PublishRunnerLocalBatchTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly PipelineHarness _harness = new(Now);
    private readonly BatchedChannel _website;

    public PublishRunnerLocalBatchTests()
    {
        _website = new BatchedChannel(_harness.Website);
        _harness.Channels[0] = _website;
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Run_LocalChannel_NoClaimBeforeTheCall_LedgerWrittenAfterTheFlush()
    {
        for (var i = 0; i < 5; i++)
        {
            _harness.Content.Articles.Add(TestArticles.Create($"bai-{i}", Now.AddHours(-1).AddMinutes(i), channels: ["website", "zalo"]));
        }

        var websiteStatesDuringCalls = new List<PublicationState?>();
        _harness.Website.Respond = context =>
        {
            websiteStatesDuringCalls.Add(_harness.Ledger.FindAsync(context.Article.Id, "website", CancellationToken.None).Result?.State);
            return PublishResult.Published(context.Article.Id, $"https://xa.example/{context.Article.Slug}.html");
        };
        var zaloStatesDuringCalls = new List<PublicationState?>();
        _harness.Zalo.Respond = context =>
        {
            zaloStatesDuringCalls.Add(_harness.Ledger.FindAsync(context.Article.Id, "zalo", CancellationToken.None).Result?.State);
            return PublishResult.Published("z-" + context.Article.Id, null);
        };
        var publishedAtFlush = -1;
        _website.OnFlush = async () =>
            publishedAtFlush = (await _harness.Ledger.ListAsync(new LedgerQuery { Channel = "website" }, CancellationToken.None))
                .Count(e => e.State == PublicationState.Published);

        var result = await _harness.RunAsync();

        Assert.Equal(10, result.Count(PublicationOutcome.Published));
        Assert.Equal(5, websiteStatesDuringCalls.Count);
        Assert.All(websiteStatesDuringCalls, s => Assert.NotEqual(PublicationState.Publishing, s)); // no claim committed
        Assert.Equal(Enumerable.Repeat<PublicationState?>(PublicationState.Publishing, 5), zaloStatesDuringCalls); // claimed first
        Assert.Equal(0, publishedAtFlush); // the flush comes before the ledger says published
        for (var i = 0; i < 5; i++)
        {
            var entry = await _harness.EntryAsync($"bai-{i}", "website");
            Assert.Equal(PublicationState.Published, entry.State);
            Assert.Equal(1, entry.Attempts);
            Assert.Equal(entry.ContentHash, entry.PublishedHash);
            Assert.StartsWith("https://xa.example/", entry.RemoteUrl, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Run_EveryChannelRendersOneParse_TheParseIsLetGoAfterTheArticle()
    {
        for (var i = 0; i < 3; i++)
        {
            _harness.Content.Articles.Add(TestArticles.Create($"bai-{i}", Now.AddHours(-1).AddMinutes(i), channels: ["website", "zalo"]));
        }

        var documents = new Dictionary<string, List<Markdig.Syntax.MarkdownDocument>>();
        void Record(PublishContext context) =>
            (documents.TryGetValue(context.Article.Id, out var list) ? list : documents[context.Article.Id] = []).Add(context.Article.Document);
        _harness.Website.Respond = context =>
        {
            Record(context);
            return PublishResult.Published(context.Article.Id, $"https://xa.example/{context.Article.Slug}.html");
        };
        _harness.Zalo.Respond = context =>
        {
            Record(context);
            return PublishResult.Published("z-" + context.Article.Id, null);
        };

        var result = await _harness.RunAsync();

        Assert.Equal(6, result.Count(PublicationOutcome.Published));
        Assert.Equal(3, documents.Count);
        Assert.All(documents.Values, parses => Assert.Same(parses[0], parses[1]));
        Assert.All(_harness.Content.Articles, article => Assert.False(article.HoldsDocument));
    }

    [Fact]
    public async Task Run_AgainAfterABatch_NothingPublishedTwice()
    {
        _harness.Content.Articles.Add(TestArticles.Create("mot", Now.AddHours(-1), channels: ["website"]));
        await _harness.RunAsync();

        var again = await _harness.RunAsync();

        Assert.Single(_harness.Website.Published);
        Assert.Equal(0, again.Count(PublicationOutcome.Published));
    }

    [Fact]
    public async Task Run_LocalChannelFails_FailureRecordedAtOnceAndRetriedLater()
    {
        _harness.Content.Articles.Add(TestArticles.Create("loi", Now.AddHours(-1), channels: ["website"]));
        _harness.Website.Respond = _ => PublishResult.Failed("Ổ đĩa đầy.");

        await _harness.RunAsync();

        var entry = await _harness.EntryAsync("loi", "website");
        Assert.Equal(PublicationState.Failed, entry.State);
        Assert.Equal("Ổ đĩa đầy.", entry.LastError);
        Assert.NotNull(entry.RetryAfter);
    }

    [Fact]
    public async Task Run_StoppedDuringTheBatch_WhatWasWrittenIsStillRecorded()
    {
        for (var i = 0; i < 3; i++)
        {
            _harness.Content.Articles.Add(TestArticles.Create($"bai-{i}", Now.AddHours(-1).AddMinutes(i), channels: ["website"]));
        }

        using var stop = new CancellationTokenSource();
        _harness.Website.Respond = context =>
        {
            if (_harness.Website.Published.Count == 2)
            {
                stop.Cancel();
            }

            return PublishResult.Published(context.Article.Id, "https://xa.example/" + context.Article.Slug);
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _harness.CreateRunner().RunAsync(new PublishRequest(null), null, stop.Token));

        Assert.Equal(1, _website.Flushes);
        Assert.Equal(PublicationState.Published, (await _harness.EntryAsync("bai-0", "website")).State);
        Assert.Equal(PublicationState.Published, (await _harness.EntryAsync("bai-1", "website")).State);
    }
}
