using CchcPublisher.Channels;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Markdown;
using CchcPublisher.Publishing;
using CchcPublisher.UnitTests.TestSupport;

namespace CchcPublisher.UnitTests.Publishing;

/// <summary>A long run goes in bounded batches, and work that appears meanwhile is published in the next one.</summary>
public sealed class PublishRunnerBatchTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly PipelineHarness _harness = new(Now);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Run_LongImportOnASlowChannel_EditDuringItIsPublishedWithinAMinute()
    {
        const int backlog = 200;
        for (var i = 0; i < backlog; i++)
        {
            _harness.Content.Articles.Add(TestArticles.Create($"cu-{i:D3}", Now.AddHours(-5).AddMinutes(i), channels: ["website"]));
        }

        var publishedAt = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        DateTimeOffset? editedAt = null;
        _harness.Website.Respond = context =>
        {
            _harness.Time.Advance(TimeSpan.FromSeconds(5)); // a slow channel: 200 articles take 1,000 s
            publishedAt.Add(context.Article.Id + "/" + context.Article.ContentHash, _harness.Time.GetUtcNow());
            if (publishedAt.Count == 3)
            {
                // The official writes a new article due now, and edits one at the end of the backlog.
                editedAt = _harness.Time.GetUtcNow();
                _harness.Content.Articles.Add(TestArticles.Create("tin-moi", editedAt, channels: ["website"]));
                _harness.Content.Replace(TestArticles.Create("cu-199", Now.AddHours(-5).AddMinutes(199), channels: ["website"], body: "Đã sửa."));
            }

            return PublishResult.Published(context.Article.Id, $"https://example.test/{context.Article.Id}");
        };

        var result = await _harness.RunAsync();

        var fresh = publishedAt.Single(p => p.Key.StartsWith("tin-moi/", StringComparison.Ordinal)).Value;
        var edited = publishedAt.Where(p => p.Key.StartsWith("cu-199/", StringComparison.Ordinal)).Select(p => p.Value).Single();
        Assert.InRange(fresh - editedAt!.Value, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Assert.InRange(edited - editedAt.Value, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Assert.True(_harness.Time.GetUtcNow() - editedAt.Value > TimeSpan.FromMinutes(10), "the import must outlast the edit by far");

        // Exactly once: every article published once, in one run, with one report each.
        Assert.Equal(backlog + 1, publishedAt.Count);
        Assert.Equal(backlog + 1, result.Count(PublicationOutcome.Published));
        Assert.Equal(backlog + 1, _harness.Website.Published.Select(p => p.Article.Id).Distinct().Count());
    }

    [Fact]
    public async Task Run_ShortRun_IsOneBatch()
    {
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddHours(-1), channels: ["website"]));
        var loads = 0;
        _harness.Content.OnLoad = () => loads++;

        var result = await _harness.RunAsync();

        Assert.Equal(1, result.Count(PublicationOutcome.Published));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task Run_FileEditedBetweenListingAndPublishing_NothingSentForTheOldVersion_NewVersionPublishedOnceInTheSameRun()
    {
        // The listed version's body is read from its file when its turn comes, and the file holds another version by then.
        var listed = TestArticles.Create("a", Now.AddHours(-1), channels: ["website"]) with
        {
            BodySource = ParsedMarkdown.OnDisk(new ChangedFile(), "articles/a.md", "old"),
        };
        var edited = TestArticles.Create("a", Now.AddHours(-1), channels: ["website"], body: "Bản đã sửa.");
        _harness.Content.Articles.Add(listed);
        var loads = 0;
        _harness.Content.OnLoad = () =>
        {
            if (++loads == 2)
            {
                _harness.Content.Replace(edited); // the second listing sees the new version
            }
        };

        var result = await _harness.RunAsync();

        var sent = Assert.Single(_harness.Website.Published);
        Assert.Equal(edited.ContentHash, sent.Article.ContentHash);
        Assert.Equal("Bản đã sửa.", sent.Article.Body);
        Assert.Equal(1, result.Count(PublicationOutcome.Published));
        Assert.Equal(2, loads);
        var entry = Assert.Single(await _harness.Ledger.ListAsync(new CchcPublisher.Ledger.LedgerQuery { ArticleId = "a" }, CancellationToken.None));
        Assert.Equal(edited.ContentHash, entry.ContentHash);
    }

    [Fact]
    public async Task Run_FileThatKeepsChanging_RunEndsAfterItsRounds_NothingSent()
    {
        _harness.Content.Articles.Add(TestArticles.Create("a", Now.AddHours(-1), channels: ["website"]) with
        {
            BodySource = ParsedMarkdown.OnDisk(new ChangedFile(), "articles/a.md", "old"),
        });
        var loads = 0;
        _harness.Content.OnLoad = () => loads++;

        var result = await _harness.RunAsync();

        Assert.Empty(_harness.Website.Published);
        Assert.Equal(0, result.Count(PublicationOutcome.Published));
        Assert.Equal(3, loads);
    }

    /// <summary>A file that no longer holds the version it was listed with.</summary>
    private sealed class ChangedFile : IArticleBodyReader
    {
        public string ReadBody(string path, string hash) => throw new ArticleChangedException();
    }
}
