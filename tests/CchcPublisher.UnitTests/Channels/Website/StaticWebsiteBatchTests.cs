using CchcPublisher.Channels;
using CchcPublisher.Channels.Website;

namespace CchcPublisher.UnitTests.Channels.Website;

/// <summary>A run writes pages per article and the listings once, at the flush; an interrupted batch is finished later.</summary>
public sealed class StaticWebsiteBatchTests : IDisposable
{
    private readonly WebsiteTestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Batch_ListingsWrittenOnceAtFlush_WithEveryArticle()
    {
        _site.Channel.BeginBatch();
        await _site.PublishAsync(WebsiteTestSite.Article("a", "Bài A", "bai-a"));
        await _site.PublishAsync(WebsiteTestSite.Article("b", "Bài B", "bai-b", categories: ["chuyen-doi-so"]));

        Assert.True(_site.Exists("bai-viet/bai-a.html"));
        Assert.False(_site.Exists("index.html"));
        Assert.True(File.Exists(Path.Combine(_site.SiteRoot, SiteManifestStore.JournalName)));

        await _site.Channel.FlushAsync(CancellationToken.None);

        var index = _site.Read("index.html");
        Assert.Contains("Bài A", index, StringComparison.Ordinal);
        Assert.Contains("Bài B", index, StringComparison.Ordinal);
        Assert.Contains("Bài B", _site.Read("chuyen-muc/chuyen-doi-so.html"), StringComparison.Ordinal);
        Assert.Contains("Bài A", _site.Read("rss.xml"), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_site.SiteRoot, SiteManifestStore.JournalName)));
        var manifest = await SiteManifestStore.LoadAsync(_site.SiteRoot, CancellationToken.None);
        Assert.Equal(["a", "b"], manifest.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task Batch_InterruptedBeforeFlush_NextFlushFinishesItFromTheJournal()
    {
        await _site.PublishAsync(WebsiteTestSite.Article("a", "Bài A", "bai-a"));

        // A batch died after writing B's page and journal line, before its flush.
        var entry = new SiteManifestEntry
        {
            Id = "b", Slug = "bai-b", Title = "Bài B", PublishedAt = WebsiteTestSite.Start, ContentHash = "h1",
            Categories = ["thu-tuc-hanh-chinh"],
        };
        await File.WriteAllTextAsync(SitePaths.Full(_site.SiteRoot, "bai-viet/bai-b.html"), "<html></html>", TestContext.Current.CancellationToken);
        using (var journal = new SiteJournal(_site.SiteRoot))
        {
            journal.Append(entry);
        }

        await File.AppendAllTextAsync(Path.Combine(_site.SiteRoot, SiteManifestStore.JournalName), "{\"id\":\"c\",\"slu", TestContext.Current.CancellationToken);

        await _site.Channel.FlushAsync(CancellationToken.None);

        Assert.Contains("Bài B", _site.Read("index.html"), StringComparison.Ordinal);
        Assert.Contains("Bài B", _site.Read("chuyen-muc/thu-tuc-hanh-chinh.html"), StringComparison.Ordinal);
        var manifest = await SiteManifestStore.LoadAsync(_site.SiteRoot, CancellationToken.None);
        Assert.Equal(["a", "b"], manifest.Articles.Select(a => a.Id));
        Assert.False(File.Exists(Path.Combine(_site.SiteRoot, SiteManifestStore.JournalName)));
    }

    [Fact]
    public async Task Batch_UnchangedListing_IsNotRewritten()
    {
        await _site.PublishAsync(WebsiteTestSite.Article("a", "Bài A", "bai-a"));
        await _site.PublishAsync(WebsiteTestSite.Article("b", "Bài B", "bai-b", categories: ["chuyen-doi-so"]));
        var category = SitePaths.Full(_site.SiteRoot, "chuyen-muc/thu-tuc-hanh-chinh.html");
        var before = File.GetLastWriteTimeUtc(category);
        File.SetLastWriteTimeUtc(category, before.AddDays(-1));

        // An edit of B leaves the page of A's category byte for byte the same.
        _site.Time.Advance(TimeSpan.FromHours(1));
        var result = await _site.PublishAsync(WebsiteTestSite.Article("b", "Bài B (sửa)", "bai-b", categories: ["chuyen-doi-so"], hash: "h2"));

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal(before.AddDays(-1), File.GetLastWriteTimeUtc(category));
        Assert.Contains("Bài B (sửa)", _site.Read("chuyen-muc/chuyen-doi-so.html"), StringComparison.Ordinal);
    }
}
