using CchcPublisher.Common;
using CchcPublisher.Content.Articles;
using CchcPublisher.Content.Markdown;
using CchcPublisher.Hosting;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcPublisher.Channels.Website;

/// <summary>
/// The <c>website</c> channel in static mode: one HTML page per article under <c>bai-viet/</c>, plus the
/// index, category pages and RSS feed, regenerated from the site manifest after every publication. The
/// remote id is the page slug; an edited article is rewritten in place at the same address.
/// </summary>
internal sealed class StaticWebsiteChannel(
    IOptions<WebsiteOptions> options,
    IOptions<PathOptions> paths,
    IOptions<CommuneOptions> commune,
    ArticleHtmlRenderer renderer,
    ICategoryLabels labels,
    TimeProvider time,
    ILogger<StaticWebsiteChannel> logger) : IChannel, IBatchedChannel, IRebuildableChannel
{
    private static readonly HashSet<string> WebImageExtensions =
        new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif" };

    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RetryAfterWriteFailure = TimeSpan.FromMinutes(10);

    private bool _batching;
    private SiteWorkingCopy? _batch;
    private SiteLock? _batchLock;
    private SiteJournal? _journal;

    public string Name => ChannelNames.Website;

    public bool CanUpdate => true;

    public bool FollowsContent => true;

    /// <summary>Full path of the site folder.</summary>
    public string SiteRoot => options.Value.GetSiteRoot(paths.Value);

    public async Task<PublishResult> PublishAsync(PublishContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var article = context.Article;
        var root = SiteRoot;
        if (article.CoverPath is { } coverPath && !File.Exists(coverPath))
        {
            return PublishResult.Failed($"Không tìm thấy ảnh bìa {coverPath} (tệp đã bị xóa hoặc đổi tên sau khi kiểm tra bài?).");
        }

        try
        {
            if (_batching)
            {
                // Inside a run: the page now, the manifest entry in the journal, the listings once at the flush.
                var state = await OpenBatchAsync(root, cancellationToken);
                var (entry, result) = await WritePageAsync(root, state, context, sync: false, cancellationToken);
                Journal(root).Append(entry);
                return result;
            }

            await using var siteLock = await SiteLock.AcquireAsync(root, time, LockWait, cancellationToken);
            var (manifest, recovered) = await SiteManifestStore.LoadWithJournalAsync(root, cancellationToken);
            var single = new SiteWorkingCopy(manifest, recovered);
            var (_, published) = await WritePageAsync(root, single, context, sync: true, cancellationToken);
            await WriteListingsAsync(root, single, sync: true, cancellationToken);
            return published;
        }
        catch (InvalidDataException ex)
        {
            logger.StaticManifestDamaged(root, ex);
            return PublishResult.Failed(
                $"Tệp {SiteManifestStore.FileName} trong thư mục trang web {root} bị hỏng nên không cập nhật được danh sách bài. " +
                "Hãy khôi phục tệp này từ bản sao lưu (hoặc xóa cả thư mục để tạo lại trang từ đầu).");
        }
        catch (TimeoutException ex)
        {
            logger.StaticWriteFailed(root, article.Id, ex);
            return PublishResult.Failed(
                $"Thư mục trang web {root} đang bị một tiến trình khác giữ; sẽ thử lại sau.", RetryAfterWriteFailure);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.StaticWriteFailed(root, article.Id, ex);
            return PublishResult.Failed(
                $"Không ghi được trang web vào thư mục {root}: {ex.Message}. Kiểm tra quyền ghi và dung lượng ổ đĩa " +
                $"(hoặc đổi {WebsiteOptions.SectionName}:OutputFolder).", RetryAfterWriteFailure);
        }
    }

    /// <summary>
    /// Removes the article's page (and its cover) and rebuilds the listings without it: the index, its categories'
    /// pages and the feed. A page the site no longer has counts as removed.
    /// </summary>
    public async Task<WithdrawResult> WithdrawAsync(WithdrawContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = SiteRoot;
        try
        {
            if (_batching)
            {
                var state = await OpenBatchAsync(root, cancellationToken);
                if (RemovePage(root, state, context) is { } removed)
                {
                    Journal(root).Append(removed with { Withdrawn = true });
                }

                return WithdrawResult.Withdrawn(PageRemoved);
            }

            await using var siteLock = await SiteLock.AcquireAsync(root, time, LockWait, cancellationToken);
            var (manifest, recovered) = await SiteManifestStore.LoadWithJournalAsync(root, cancellationToken);
            var single = new SiteWorkingCopy(manifest, recovered);
            RemovePage(root, single, context);
            await WriteListingsAsync(root, single, sync: true, cancellationToken);
            return WithdrawResult.Withdrawn(PageRemoved);
        }
        catch (InvalidDataException ex)
        {
            logger.StaticManifestDamaged(root, ex);
            return WithdrawResult.Failed($"Tệp {SiteManifestStore.FileName} trong thư mục trang web {root} bị hỏng; dùng lệnh \"site rebuild\" để tạo lại trang.");
        }
        catch (TimeoutException)
        {
            return WithdrawResult.Failed($"Thư mục trang web {root} đang bị một tiến trình khác giữ; sẽ thử lại sau.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.StaticWriteFailed(root, context.ArticleId, ex);
            return WithdrawResult.Failed($"Không xoá được trang trong thư mục {root}. Kiểm tra quyền ghi rồi chạy lại.");
        }
    }

    private const string PageRemoved = "Đã xoá trang của bài; trang chủ, trang chuyên mục và RSS đã được cập nhật.";

    /// <summary>Deletes the page and cover files and drops the entry from the working copy; the entry, if it had one.</summary>
    private SiteManifestEntry? RemovePage(string root, SiteWorkingCopy state, WithdrawContext context)
    {
        var removed = state.Remove(context.ArticleId);
        // The ledger's remote id names the page when the manifest lost it (a page of ours, never another mode's id).
        var slug = removed?.Slug ?? (context.Entry is { RemoteId: { } id, RemoteUrl: { } url } && url.EndsWith("/" + SitePaths.Article(id), StringComparison.Ordinal)
            ? SitePaths.Safe(id, "bai-viet")
            : null);
        if (slug is not null)
        {
            File.Delete(SitePaths.Full(root, SitePaths.Article(slug)));
            logger.StaticPageRemoved(context.ArticleId, SitePaths.Article(slug));
        }

        if (removed?.Cover is { } cover)
        {
            File.Delete(SitePaths.Full(root, $"{SitePaths.ArticlesFolder}/{Path.GetFileName(cover)}"));
        }

        return removed;
    }

    /// <summary>
    /// The site needs rebuilding when its manifest is missing (while the ledger records pages), damaged, or knows
    /// fewer pages than the ledger, or when the index or a listed page is gone.
    /// </summary>
    public async Task<bool> NeedsRebuildAsync(int publishedCount, CancellationToken cancellationToken)
    {
        var root = SiteRoot;
        if (publishedCount == 0)
        {
            return false;
        }

        try
        {
            var slugs = await SiteManifestStore.ReadSlugsAsync(root, cancellationToken);
            return slugs.Count < publishedCount
                || !File.Exists(SitePaths.Full(root, SitePaths.Index))
                || slugs.Any(slug => !File.Exists(SitePaths.Full(root, SitePaths.Article(slug))));
        }
        catch (InvalidDataException)
        {
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.StaticWriteFailed(root, "*", ex);
            return false; // Unreadable is not missing: the publication itself will report the folder's problem.
        }
    }

    /// <summary>
    /// Writes the whole site again: every page the ledger records (at its recorded address and first publication
    /// time), then the listings and the feed; pages of articles the ledger no longer shows are removed. A damaged
    /// manifest is kept beside the new one for a look later.
    /// </summary>
    public async Task<int> RebuildAsync(IReadOnlyList<(Article Article, Ledger.LedgerEntry Entry)> published, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(published);
        var root = SiteRoot;
        Directory.CreateDirectory(root);
        await using var siteLock = await SiteLock.AcquireAsync(root, time, LockWait, cancellationToken);
        var manifestPath = Path.Combine(root, SiteManifestStore.FileName);
        try
        {
            await SiteManifestStore.LoadAsync(root, cancellationToken);
        }
        catch (InvalidDataException)
        {
            File.Move(manifestPath, manifestPath + ".hong", overwrite: true);
        }

        var state = new SiteWorkingCopy(new SiteManifest());
        var empty = new Dictionary<string, PublishResult>();
        foreach (var (article, entry) in published.OrderBy(p => p.Entry.PublishedAt).ThenBy(p => p.Article.Id, StringComparer.Ordinal))
        {
            var context = new PublishContext(article, entry, empty);
            await WritePageAsync(root, state, context with { DueAt = entry.DueAt }, sync: false, cancellationToken, entry.DueAt ?? entry.PublishedAt);
            article.ReleaseDocument(); // a rebuild reads every published body once; none is kept
        }

        state.MarkAllDirty();
        await WriteListingsAsync(root, state, sync: false, cancellationToken);
        RemoveStrayPages(root, state);
        DiskSync.Sync(state.WrittenFiles);
        SiteManifestStore.DeleteJournal(root);
        logger.StaticSiteRebuilt(root, state.Count);
        return state.Count;
    }

    /// <summary>Pages and category pages the rebuilt site does not link to any more.</summary>
    private static void RemoveStrayPages(string root, SiteWorkingCopy state)
    {
        var manifest = state.ToManifest();
        var pages = manifest.Articles.Select(a => Path.GetFileName(SitePaths.Article(a.Slug))).ToHashSet(StringComparer.Ordinal);
        var categories = manifest.Articles.SelectMany(a => a.Categories).Select(c => Path.GetFileName(SitePaths.Category(c))).ToHashSet(StringComparer.Ordinal);
        foreach (var (folder, keep) in new[] { (SitePaths.ArticlesFolder, pages), (SitePaths.CategoriesFolder, categories) })
        {
            var full = Path.Combine(root, folder);
            if (!Directory.Exists(full))
            {
                continue;
            }

            foreach (var page in Directory.EnumerateFiles(full, "*.html").Where(p => !keep.Contains(Path.GetFileName(p))).ToList())
            {
                File.Delete(page);
            }
        }
    }

    /// <inheritdoc />
    public void BeginBatch() => _batching = true;

    /// <inheritdoc />
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var root = SiteRoot;
        _batching = false;
        try
        {
            if (_batch is null && SiteManifestStore.HasJournal(root))
            {
                await OpenBatchAsync(root, cancellationToken); // Finish what an interrupted run left.
            }

            if (_batch is { } state)
            {
                await WriteListingsAsync(root, state, sync: false, cancellationToken);
                DiskSync.Sync(state.WrittenFiles);
                CloseJournal();
                SiteManifestStore.DeleteJournal(root);
                state.Clean();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or TimeoutException)
        {
            // The journal stays: the next flush writes the listings again.
            logger.StaticWriteFailed(root, "*", ex);
        }
        finally
        {
            CloseJournal();
            _batch = null;
            if (_batchLock is { } held)
            {
                _batchLock = null;
                await held.DisposeAsync();
            }
        }
    }

    private SiteJournal Journal(string root) => _journal ??= new SiteJournal(root);

    private void CloseJournal()
    {
        _journal?.Dispose();
        _journal = null;
    }

    /// <summary>The batch's working copy: the site lock is taken and the manifest read once per batch.</summary>
    private async Task<SiteWorkingCopy> OpenBatchAsync(string root, CancellationToken cancellationToken)
    {
        if (_batch is { } open)
        {
            return open;
        }

        var siteLock = await SiteLock.AcquireAsync(root, time, LockWait, cancellationToken);
        try
        {
            var (manifest, recovered) = await SiteManifestStore.LoadWithJournalAsync(root, cancellationToken);
            _batch = new SiteWorkingCopy(manifest, recovered);
            _batchLock = siteLock;
            return _batch;
        }
        catch
        {
            await siteLock.DisposeAsync();
            throw;
        }
    }

    /// <summary>Copies the images and writes the article's page; records the new entry in <paramref name="state"/>.</summary>
    private async Task<(SiteManifestEntry Entry, PublishResult Result)> WritePageAsync(
        string root, SiteWorkingCopy state, PublishContext context, bool sync, CancellationToken cancellationToken, DateTimeOffset? firstPublished = null)
    {
        var article = context.Article;
        var existing = state.FindById(article.Id);
        var slug = existing?.Slug ?? ChooseSlug(state, article, context.Previous);
        var now = time.GetUtcNow();

        var cover = await CopyCoverAsync(root, article, slug, existing?.Cover, state, sync, cancellationToken);
        await CopyBodyImagesAsync(root, article, state, sync, cancellationToken);
        var entry = new SiteManifestEntry
        {
            Id = article.Id,
            Slug = slug,
            Title = article.Title,
            Summary = article.Summary,
            Author = article.Author,
            Categories = article.Categories,
            // Dated at the article's due time (its publish_at or column slot), like WordPress posts, not at the run.
            PublishedAt = existing?.PublishedAt ?? (firstPublished ?? context.DueAt ?? now).ToUniversalTime(),
            UpdatedAt = existing is null ? null
                : string.Equals(existing.ContentHash, article.ContentHash, StringComparison.Ordinal) ? existing.UpdatedAt : now,
            ContentHash = article.ContentHash,
            Cover = cover,
        };

        var site = Site();
        var pages = new StaticSitePages(site, labels);
        var page = SitePaths.Article(slug);

        // Page first, manifest entry second, listings last: a crash in between leaves at worst a page the
        // manifest does not know yet, which the retry overwrites at the same address.
        await WriteIfChangedAsync(SitePaths.Full(root, page), pages.ArticlePage(entry, article.Document, renderer), state, sync, cancellationToken);
        state.Put(entry);

        if (existing is null)
        {
            logger.StaticPageWritten(article.Id, page);
        }
        else
        {
            logger.StaticPageUpdated(article.Id, page);
        }

        return (entry, PublishResult.Published(slug, site.Absolute(page).AbsoluteUri));
    }

    public async Task<ReconcileResult> ReconcileAsync(PublishContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = SiteRoot;
        try
        {
            var manifest = await SiteManifestStore.LoadAsync(root, cancellationToken);
            var entry = manifest.FindById(context.Article.Id);
            if (entry is null || !File.Exists(SitePaths.Full(root, SitePaths.Article(entry.Slug))))
            {
                return ReconcileResult.NotFound;
            }

            return ReconcileResult.FoundAt(entry.Slug, Site().Absolute(SitePaths.Article(entry.Slug)).AbsoluteUri);
        }
        catch (InvalidDataException ex)
        {
            logger.StaticManifestDamaged(root, ex);
            return ReconcileResult.CouldNotCheck($"Tệp {SiteManifestStore.FileName} trong {root} bị hỏng.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ReconcileResult.CouldNotCheck($"Không đọc được thư mục trang web {root}: {ex.Message}");
        }
    }

    private SiteInfo Site()
    {
        var o = options.Value;
        var c = commune.Value;
        return new SiteInfo(c.Name, o.ColumnTitle, o.GetSiteBaseUrl(c), c.GetTimeZone());
    }

    /// <summary>
    /// A slug for an article the site does not show yet: the one it had before (when the ledger remembers a
    /// page, e.g. after the site folder was rebuilt), else its own; the first owner of a slug keeps it and a
    /// later article gets <c>-2</c>, <c>-3</c>... so the choice depends only on publication order.
    /// </summary>
    private string ChooseSlug(SiteWorkingCopy manifest, Article article, Ledger.LedgerEntry? previous)
    {
        // The ledger's remote id is a slug of ours only when its URL is one of our pages (not, say, a
        // WordPress post id left from before the mode was switched).
        var previousSlug = previous is { RemoteId: { } id, RemoteUrl: { } url } && url.EndsWith("/" + SitePaths.Article(id), StringComparison.Ordinal)
            ? id
            : null;
        var wanted = SitePaths.Safe(previousSlug ?? article.Slug, "bai-viet");
        if (manifest.FindBySlug(wanted) is not { } owner || string.Equals(owner.Id, article.Id, StringComparison.Ordinal))
        {
            return wanted;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{wanted}-{n}";
            if (manifest.FindBySlug(candidate) is not { } other || string.Equals(other.Id, article.Id, StringComparison.Ordinal))
            {
                logger.StaticSlugCollision(wanted, owner.Id, article.Id, candidate);
                return candidate;
            }
        }
    }

    /// <summary>
    /// Copies images the body references by a relative path (<c>![...](anh/so-do.png)</c>) next to the page under
    /// their file name, where the page's relative link, and Zalo's image blocks, expect them.
    /// </summary>
    private async Task CopyBodyImagesAsync(string root, Article article, SiteWorkingCopy state, bool sync, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(article.SourcePath) ?? string.Empty;
        var document = article.Document;
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            var url = image.Url;
            if (string.IsNullOrWhiteSpace(url) || url.StartsWith('/') || url.Contains(':', StringComparison.Ordinal))
            {
                continue; // Absolute or site-rooted addresses are published elsewhere.
            }

            var source = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(url.Split('?', '#')[0])));
            if (File.Exists(source) && WebImageExtensions.Contains(Path.GetExtension(source).ToLowerInvariant()))
            {
                var target = SitePaths.Full(root, $"{SitePaths.ArticlesFolder}/{Path.GetFileName(source)}");
                await AtomicFile.CopyAsync(source, target, sync, cancellationToken);
                state.WrittenFiles.Add(target);
            }
            else
            {
                logger.StaticImageSkipped(url, article.Id);
            }
        }
    }

    /// <summary>Copies the cover next to the page as <c>&lt;slug&gt;.&lt;ext&gt;</c>; removes a previous cover of another type.</summary>
    private async Task<string?> CopyCoverAsync(
        string root, Article article, string slug, string? previousCover, SiteWorkingCopy state, bool sync, CancellationToken cancellationToken)
    {
        string? cover = null;
        if (article.CoverPath is { } source)
        {
            var extension = Path.GetExtension(source).ToLowerInvariant();
            if (WebImageExtensions.Contains(extension))
            {
                cover = slug + extension;
                var target = SitePaths.Full(root, $"{SitePaths.ArticlesFolder}/{cover}");
                await AtomicFile.CopyAsync(source, target, sync, cancellationToken);
                state.WrittenFiles.Add(target);
            }
            else
            {
                logger.StaticCoverSkipped(Path.GetFileName(source), article.Id);
            }
        }

        if (previousCover is not null && !string.Equals(previousCover, cover, StringComparison.Ordinal))
        {
            File.Delete(SitePaths.Full(root, $"{SitePaths.ArticlesFolder}/{Path.GetFileName(previousCover)}"));
        }

        return cover;
    }

    /// <summary>
    /// The index, the pages of the categories the changes touched, the feed and the manifest, each written only
    /// when its text changed.
    /// </summary>
    private async Task WriteListingsAsync(string root, SiteWorkingCopy state, bool sync, CancellationToken cancellationToken)
    {
        if (!state.Dirty)
        {
            return;
        }

        var site = Site();
        var pages = new StaticSitePages(site, labels);
        var manifest = state.ToManifest();
        await WriteIfChangedAsync(SitePaths.Full(root, SitePaths.Index), pages.IndexPage(manifest), state, sync, cancellationToken);
        foreach (var key in state.DirtyCategories)
        {
            await WriteIfChangedAsync(SitePaths.Full(root, SitePaths.Category(key)), pages.CategoryPage(key, manifest), state, sync, cancellationToken);
        }

        var feed = RssFeedWriter.Write(site, manifest, labels, options.Value.FeedItems, time.GetUtcNow());
        await WriteIfChangedAsync(SitePaths.Full(root, SitePaths.Feed), feed, state, sync, cancellationToken);
        await SiteManifestStore.SaveAsync(root, manifest, sync, cancellationToken);
        state.WrittenFiles.Add(Path.Combine(root, SiteManifestStore.FileName));
    }

    /// <summary>Writes a page unless the file already holds exactly this text (an unchanged page is not rewritten).</summary>
    private static async Task WriteIfChangedAsync(string path, string text, SiteWorkingCopy state, bool sync, CancellationToken cancellationToken)
    {
        var bytes = AtomicFile.Utf8(text);
        var file = new FileInfo(path);
        if (file.Exists && file.Length == bytes.Length &&
            (await File.ReadAllBytesAsync(path, cancellationToken)).AsSpan().SequenceEqual(bytes))
        {
            return;
        }

        if (sync)
        {
            await AtomicFile.WriteAllBytesAsync(path, bytes, cancellationToken);
        }
        else
        {
            await AtomicFile.WriteUnsyncedAsync(path, bytes, cancellationToken);
            state.WrittenFiles.Add(path);
        }
    }
}
