using System.Globalization;
using System.Text.RegularExpressions;
using CchcPublisher.Channels;
using CchcPublisher.Channels.Website;
using CchcPublisher.Content.Articles;
using CchcPublisher.Ledger;
using CchcPublisher.Publishing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CchcPublisher.IntegrationTests.Channels.Website;

/// <summary>
/// Exactly once, and what the post looks like, on a real WordPress (see <c>.ci/wordpress.sh</c>): a lost create
/// answer is found whatever suffix WordPress gave the slug, a kill during an in-flight create never leads to a
/// second post, and posts carry the article's due time, its raw title, its cover and no empty paragraph.
/// </summary>
public sealed partial class WordPressExactlyOnceTests : IDisposable
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private readonly RealWordPress _wp = RealWordPress.Require();
    private readonly string _folder = Directory.CreateTempSubdirectory("cchc-wp-once-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _wp.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task TenthSameTitleArticle_CreateAnswerLost_IsFoundNotReposted()
    {
        var channel = _wp.Channel();
        var first = RealWordPress.Article(title: "Thông báo lịch tiếp công dân");
        for (var n = 1; n <= 9; n++)
        {
            var earlier = await channel.PublishAsync(RealWordPress.Context(first with { Id = $"{first.Id}-{n}" }), Ct);
            Assert.True(earlier.Outcome == PublishOutcome.Published, earlier.Error);
        }

        var tenth = first with { Id = $"{first.Id}-10" };
        var created = await channel.PublishAsync(RealWordPress.Context(tenth), Ct);
        Assert.True(created.Outcome == PublishOutcome.Published, created.Error);
        Assert.Equal(first.Slug + "-10", (await _wp.GetAsync($"/wp/v2/posts/{created.RemoteId}")).GetProperty("slug").GetString());

        // The answer to that create was lost: the ledger never learnt the post id.
        var found = await channel.ReconcileAsync(RealWordPress.Context(tenth), Ct);
        var retried = await channel.PublishAsync(RealWordPress.Context(tenth with { ContentHash = "h2" }), Ct);

        Assert.True(found.Found, found.Error);
        Assert.Equal(created.RemoteId, found.RemoteId);
        Assert.Equal(created.RemoteId, retried.RemoteId);
        Assert.Empty((await _wp.GetAsync("/wp/v2/posts", $"&slug={first.Slug}-11&status=any")).EnumerateArray());
    }

    [Fact]
    public async Task KillDuringAnInFlightCreate_ImmediateResume_LeavesOnePost()
    {
        var channel = _wp.Channel();
        // The ledger and publisher run on a fixed clock; WordPress is only searched, never asked to date anything here.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(7)));
        var ledger = new SqliteLedger(Path.Combine(_folder, "cchc.db"), TimeSpan.FromSeconds(5));
        await ledger.MigrateAsync(Ct);
        var publisher = new ChannelPublisher([channel], ledger, time,
            Microsoft.Extensions.Options.Options.Create(new PublishingOptions { CatchUpWindow = TimeSpan.FromDays(30) }),
            NullLogger<ChannelPublisher>.Instance);
        var article = RealWordPress.Article() with { PublishAt = time.GetUtcNow().AddMinutes(-1) };

        // The killed process had claimed the article and sent the create; WordPress is still working on it.
        var claimed = await ledger.TryClaimAsync(Entry(article, time.GetUtcNow()), Ct);
        Assert.NotNull(claimed);

        time.Advance(TimeSpan.FromMilliseconds(100)); // systemd restarts the service at once
        var resumed = await publisher.ExecuteAsync(Item(article, claimed), new Dictionary<string, PublishResult>(), Content.Categories.CategoryTaxonomy.BuiltIn, null, Ct);

        // ... and then the in-flight create lands.
        await _wp.PostAsync("/wp/v2/posts", new { title = article.Title, content = "<p>Nội dung" + WordPressChannel.Marker(article.Id) + "</p>", status = "publish", slug = article.Slug });

        time.Advance(TimeSpan.FromMinutes(5));
        var entry = await ledger.FindAsync(article.Id, ChannelNames.Website, Ct);
        var later = await publisher.ExecuteAsync(Item(article, entry!), new Dictionary<string, PublishResult>(), Content.Categories.CategoryTaxonomy.BuiltIn, null, Ct);

        Assert.Equal(PublicationOutcome.Waiting, resumed.Outcome);
        Assert.Equal(PublicationOutcome.Reconciled, later.Outcome);
        Assert.Single((await _wp.GetAsync("/wp/v2/posts", $"&search={article.Id.Split('/')[1]}&status=any")).EnumerateArray());
    }

    [Fact]
    public async Task FutureDueTime_ScheduledPostAtThatTime_RawTitle_CoverAttached_NoEmptyParagraph()
    {
        // WordPress decides "future" by its own (real) clock: a fixed date far ahead is future on any day this runs.
        var due = new DateTimeOffset(2099, 3, 5, 7, 30, 0, TimeSpan.FromHours(7));
        var article = RealWordPress.Article(title: "Hướng dẫn \"một cửa\" & 'liên thông'", cover: Cover()) with { PublishAt = due };

        var result = await _wp.Channel().PublishAsync(RealWordPress.Context(article) with { DueAt = due }, Ct);

        Assert.True(result.Outcome == PublishOutcome.Published, result.Error);
        var post = await _wp.GetAsync($"/wp/v2/posts/{result.RemoteId}", "&context=edit");
        Assert.Equal("future", post.GetProperty("status").GetString());
        Assert.Equal(due.UtcDateTime, DateTime.Parse(post.GetProperty("date_gmt").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(article.Title, post.GetProperty("title").GetProperty("raw").GetString());
        Assert.NotEqual(0, post.GetProperty("featured_media").GetInt32());
        var rendered = post.GetProperty("content").GetProperty("rendered").GetString()!;
        Assert.DoesNotMatch(EmptyParagraph(), rendered);
        Assert.Contains(WordPressChannel.Marker(article.Id), post.GetProperty("content").GetProperty("raw").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PastDueTime_PublishedDatedAtTheDueTime_NotAtTheRun()
    {
        var due = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(7));
        var article = RealWordPress.Article(body: "- Mục một\n- Mục hai") with { PublishAt = due };

        var result = await _wp.Channel().PublishAsync(RealWordPress.Context(article) with { DueAt = due }, Ct);

        Assert.True(result.Outcome == PublishOutcome.Published, result.Error);
        var post = await _wp.GetAsync($"/wp/v2/posts/{result.RemoteId}", "&context=edit");
        Assert.Equal("publish", post.GetProperty("status").GetString());
        Assert.Equal("2026-01-05T02:00:00", post.GetProperty("date_gmt").GetString());
        Assert.DoesNotMatch(EmptyParagraph(), post.GetProperty("content").GetProperty("rendered").GetString()!);
        Assert.True((await _wp.Channel().ReconcileAsync(RealWordPress.Context(article), Ct)).Found);
    }

    [GeneratedRegex(@"<p>\s*(<!--[^>]*-->)?\s*</p>")]
    private static partial Regex EmptyParagraph();

    private static LedgerEntry Entry(Article article, DateTimeOffset now) => new()
    {
        ArticleId = article.Id,
        Channel = ChannelNames.Website,
        State = PublicationState.Scheduled,
        DueAt = article.PublishAt,
        ContentHash = article.ContentHash,
        Title = article.Title,
        CreatedAt = now,
        UpdatedAt = now,
        ClaimedAt = now,
        SentTitle = article.Title,
    };

    private static PlannedItem Item(Article article, LedgerEntry entry) =>
        new(article.Id, ChannelNames.Website, article, article.PublishAt, null, PlannedAction.Reconcile, entry);

    private string Cover()
    {
        var path = Path.Combine(_folder, $"bia-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(path, Png);
        return path;
    }
}
